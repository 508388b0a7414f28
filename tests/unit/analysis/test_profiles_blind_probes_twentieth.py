"""Speaker profiles in shapes a twentieth round of blind probes (world news wire: a drought appeal, a disputed count,
a bond restructuring, a border incursion, a sunken migrant boat, an oil output cut, a ruling at The Hague, a rebel
statement) found wrong, and the whole batch of fictional stories the round was run on, its wrong count kept in
sight."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_twentieth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 34 of 79 blind (32 of 81 once two
#: gold statements the blind gold had missed were added, 30 once a party's press spokesman was set `other`, as the
#: guidelines make one). 22 once a known group's name after a body's noun is that group ("field director for the
#: charity Save the Children", not the body the article named before), "Cabinet" opens the title "Cabinet Secretary"
#: (of the state before it) and ends no name, "Joint Chiefs" names a state's armed command, and a person tagged
#: without the lower-case half of a Korean given name joined by a hyphen is given all of it ("Kim Min" of "Kim
#: Min-seok", whose surname "Kim" then names the person too). 13 once an untagged given name before a person whose
#: name opens with another is part of the name ("Ana" of "Ana Luísa Teixeira"), the first of two surnames of a name of
#: three words names the person later ("Quispe" of "Marcelo Quispe Mamani"), a role a state owns is the state's
#: wherever the person serves it ("Ukraine's representative at the court"), and a noun opening the sentence read as a
#: verb leaves its object the subject ("Aid officials in Nairobi, who asked not to be named, said"). 11 once a body's
#: noun a pronoun owns is no body of its own ("who leads its legal team"). 7 once "maritime" and "unification" are
#: portfolios, so that a ministry named by one keeps the state before it ("Greece's Ministry of Maritime Affairs"), and
#: a capital owns a state's ministry as its country does ("Seoul's Unification Ministry"). 5 once "the coast guard"
#: is the coast guard the article named before (of two named, the one that spoke as itself). 3 once a mission an
#: international body owns is that body's, and its head the body's official ("the European Union's observer mission").
#: 1 once a state's possessive before a command the recogniser tagged alone stays in its name, as before a ministry
#: ("Finland's" + "Joint Chiefs of Staff").
#: 0 once a body named after its kind with a city before that noun ("a conflict analyst at the <city> think tank X",
#: X cut by the recogniser at "y") is X, not "<city> think tank" (modified_workplaces.py; profileleft39).
_WRONG_AT_MOST = 0


def test_the_batch_of_the_twentieth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


def test_a_body_s_noun_before_a_known_group_s_name_is_that_group_not_the_body_named_before(nlp):
    paragraphs = (
        "The Harbour Relief Fund said it needed $40 million.",
        "Tom Hale, field director for the charity Save the Children in Dadu, said three clinics had closed.",
    )
    assert profiles(nlp, *paragraphs)[1] == ("Tom Hale", "other", "Save the Children")


def test_a_cabinet_secretary_for_a_portfolio_serves_the_state_before_the_title(nlp):
    paragraph = "Tanzania's Cabinet Secretary for Devolution, Neema Mushi, said the government had released more money."
    assert profiles(nlp, paragraph) == [("Neema Mushi", "official", "Tanzania")]


def test_a_spokesman_of_the_joint_chiefs_is_an_official(nlp):
    paragraph = "Joint Chiefs spokesman Colonel Ryu Dong-hwan told a briefing that the soldiers had gone back north."
    assert profiles(nlp, paragraph)[0][:2] == ("Ryu Dong-hwan", "official")


@pytest.mark.parametrize("name", ["Park Min-seok", "Nam Duck-soo"])
def test_a_korean_given_name_joined_by_a_hyphen_is_the_whole_name_and_its_surname_comes_first(nlp, name):
    paragraphs = (
        f"Defence Minister {name} said the army would respond to any new incursion.",
        f"{name.split()[0]} said the broadcasts would resume along the border.",
    )
    assert profiles(nlp, *paragraphs) == [(name, "official", "")] * 2


@pytest.mark.parametrize("name", ["Ana Sofia Mendes", "Ana Isabel Duarte"])
def test_a_given_name_left_untagged_before_a_second_given_name_is_part_of_the_person_s_name(nlp, name):
    paragraph = f"The World Bank's country director for Peru, {name}, said the loan had been approved."
    assert profiles(nlp, paragraph) == [(name, "official", "World Bank")]


def test_the_first_of_two_surnames_names_the_person_later(nlp):
    paragraphs = (
        "Economy Minister Javier Mendoza Vargas said the agreement would save the country money.",
        '"This is not a victory, it is relief," Mendoza told a news conference.',
    )
    assert [speaker for speaker, _, _ in profiles(nlp, *paragraphs)] == ["Javier Mendoza Vargas"] * 2


@pytest.mark.parametrize(
    ("body", "owned", "speaker"),
    [
        (
            "The International Court of Justice said it would hear the case brought by Chile.",
            "Chile's representative at the court, Deputy Foreign Minister Rosa Elena Prieto, said the ruling was fair.",
            ("Rosa Elena Prieto", "official", "Chile"),
        ),
        (
            "The World Trade Organization said it had set up a panel.",
            "Kenya's representative at the organization, Trade Minister Neema Mushi, said the panel was welcome.",
            ("Neema Mushi", "official", "Kenya"),
        ),
    ],
)
def test_a_role_a_state_owns_is_the_state_s_wherever_the_person_serves_it(nlp, body, owned, speaker):
    assert profiles(nlp, body, owned)[-1] == speaker


def test_a_noun_opening_the_sentence_read_as_a_verb_leaves_its_object_the_subject(nlp):
    paragraph = (
        "Aid officials in Goma, who asked not to be named because they had no permission to speak, said the convoy "
        "had been stopped."
    )
    assert [kind for _, kind, _ in profiles(nlp, paragraph)] == ["unnamed"]


def test_a_team_a_pronoun_owns_is_no_body_of_its_own(nlp):
    paragraph = (
        "Chile's ambassador to Peru, Javier Mendoza Vargas, who leads its negotiating team, told reporters the talks "
        "were stuck."
    )
    assert profiles(nlp, paragraph) == [("Javier Mendoza Vargas", "official", "Chile")]


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        (
            "Greece's Ministry of Maritime Affairs said in a statement that the boat had never entered its waters.",
            "Greece's Ministry of Maritime Affairs",
        ),
        ("Seoul's Unification Ministry said the North had not answered its calls.", "Seoul's Unification Ministry"),
    ],
)
def test_a_ministry_of_a_portfolio_keeps_the_state_or_capital_that_owns_it(nlp, paragraph, body):
    assert profiles(nlp, paragraph) == [(body, "institution", "")]


@pytest.mark.parametrize(
    ("paragraphs", "body"),
    [
        (
            (
                "The Valmora Coast Guard said it had pulled 12 fishermen from the water.",
                "The coast guard said two boats were still missing.",
            ),
            "Valmora Coast Guard",
        ),
        (
            (
                "The Ostland Coast Guard Command said its crews had picked up 30 people off the cape.",
                "Marta Lind, a spokeswoman for the Norvale Coast Guard, said its ships had stayed in port.",
                "The coast guard said the search would go on after dark.",
            ),
            "Ostland Coast Guard Command",
        ),
    ],
)
def test_the_coast_guard_is_the_one_named_before_or_of_several_the_one_that_spoke(nlp, paragraphs, body):
    assert profiles(nlp, *paragraphs)[-1] == (body, "institution", "")


@pytest.mark.parametrize("described", ["Ida Holm", "Danish lawmaker Ida Holm", "Portuguese lawmaker Ida Holm"])
def test_the_head_of_an_international_body_s_mission_is_that_body_s_official(nlp, described):
    paragraph = f"The head of the European Union's observer mission, {described}, said the count had been slow."
    assert profiles(nlp, paragraph) == [("Ida Holm", "official", "European Union")]


def test_the_coast_guard_of_two_named_none_of_which_spoke_is_an_unnamed_source(nlp):
    paragraphs = (
        "Boats of the Ostland Coast Guard and the Norvale Coast Guard searched the strait overnight.",
        "The coast guard said the search would go on after dark.",
    )
    assert profiles(nlp, *paragraphs) == [("", "unnamed", "")]
