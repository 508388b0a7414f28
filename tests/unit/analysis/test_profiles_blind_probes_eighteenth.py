"""Speaker profiles in shapes an eighteenth round of blind probes (world news wire: a UN agency's flood appeal, a peace
conference, an air and naval exercise, an election under observers, an IMF loan, a journalist detained abroad, a
Channel crossing, a polio drive) found wrong, and the whole batch of fictional stories the round was run on, its wrong
count kept in sight. Names of bodies cut at a small word inside them ("Médecins" of "Médecins du Monde", "Unity" of
"Unity for Change", "the Hellenic Foundation for" tagged alone), which the batch's lenient check let pass, are made
whole as well; and names with particles or of three words the recogniser cut (a later round)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_eighteenth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 24 blind, before the round's fixes;
#: 21 once two gold slips were set by the conventions of earlier rounds and the guidelines (a ministry keyed with its
#: country, "Britain's Home Office"; a second statement, "and called on Athens to stop …", as "urge" makes one). 11
#: once a word of tenure or level that opens a title is no organisation ("Acting CEC chairman X", "Acting Health
#: Secretary X", "Provincial Governor X"), a governor by a title of level serves the one province, state or region of
#: that level the article names, the smaller states and their capitals are listed ("PORT MORESBY (Reuters) -"),
#: initials the article spelt out are spelt out in an affiliation ("the OSCE observer mission", "the IMF mission"), a
#: region tagged a site before an analyst's noun is the beat, not the employer ("a Great Lakes analyst at the
#: International Crisis Group"), and a dateline's country outweighs other states the lede names ("CALAIS, France
#: (AFP) -"). Left (name tagging, speaker resolution and quote finding, not profiles): names the recogniser cut or
#: took for an organisation ("Jean-Pierre Lukusa Mbaya", "Joana Ferreira dos Santos", "Marta de la Fuente", and
#: "de la Fuente" as a short name), "Observers from the OSCE said" keyed to the OSCE, and "X, the CPJ's Andes
#: representative, called for his immediate release" not found. 9 once a plural people noun whose object sets off a
#: body's initials ("Observers from the Organization … in Europe (OSCE) said") is no person named by them, but an
#: unnamed group of that body (the follow-up round). 1 once a tagged name runs on into the untagged proper nouns its
#: words hang on ("Jean-Pierre" + "Lukusa Mbaya"), a particle the tagger read as a verb still joins a name ("Joana
#: Ferreira dos Santos"), and a name with particles set beside an editor is a person's ("Its editor, Marta de la
#: Fuente,"; the later "de la Fuente" is she). Left: "X, the CPJ's Andes representative, called for his immediate
#: release", whose three words of object are too few for a quote.
_WRONG_AT_MOST = 1


def test_the_batch_of_the_eighteenth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Acting CEC chairman Giorgi Lomidze said turnout had been 58 percent.",
            ("Giorgi Lomidze", "official", "Central Election Commission"),
        ),
        ("Interim CEC chairman Giorgi Lomidze said turnout had been 58 percent.", ("Giorgi Lomidze", "official", "")),
        ("Acting Health Secretary Ken Wai said a second round would follow.", ("Ken Wai", "official", "")),
        ("Caretaker Finance Minister Ken Wai said a second round would follow.", ("Ken Wai", "official", "")),
    ],
)
def test_a_word_of_tenure_opening_a_title_is_no_organisation(nlp, sentence, expected):
    lede = "The Central Election Commission (CEC) said on Sunday that the count was nearly over."
    name, kind, affiliation = expected
    got = profiles(nlp, lede, sentence)[-1]
    assert got[:2] == (name, kind)
    assert got[2] == affiliation or not affiliation and "Interim" not in got[2] and "Acting" not in got[2], got


def test_a_body_a_word_of_level_opens_keeps_it(nlp):
    paragraph = "Tom Berg, a manager at Provincial Bank, said the loan book had shrunk."
    assert profiles(nlp, paragraph)[0][2] == "Provincial Bank"


@pytest.mark.parametrize(
    ("lede", "speaker", "place"),
    [
        (
            "Floods hit Pakistan's southern Sindh province on Monday.",
            "Provincial Governor Ali Laghari said the crops had been lost.",
            "Sindh",
        ),
        (
            "Floods hit the province of Sindh on Monday.",
            "The provincial governor, Ali Laghari, said the crops had been lost.",
            "Sindh",
        ),
        (
            "A reporter was arrested in Zulia state on Monday.",
            "State Governor Ana Rivas said the reporter had entered a military zone.",
            "Zulia",
        ),
        (
            "Fighting spread across the Donetsk region on Monday.",
            "Regional Governor Ivan Petrenko said two towns had been shelled.",
            "Donetsk",
        ),
    ],
)
def test_a_governor_by_a_title_of_level_serves_the_one_place_of_that_level_named(nlp, lede, speaker, place):
    assert profiles(nlp, lede, speaker)[-1][1:] == ("official", place)


@pytest.mark.parametrize(
    ("lede", "speaker"),
    [
        (
            "Floods hit Sindh province and Punjab province on Monday.",
            "Provincial Governor Ali Laghari said the crops had been lost.",
        ),
        ("Floods hit Sindh province on Monday.", "Governor Ali Laghari said the crops had been lost."),
    ],
)
def test_a_governor_gets_no_place_where_two_are_named_or_the_title_says_no_level(nlp, lede, speaker):
    assert profiles(nlp, lede, speaker)[-1][2] == ""


@pytest.mark.parametrize(
    ("dateline", "state"),
    [
        ("PORT MORESBY (Reuters) - A polio campaign began on Monday, the health ministry said.", "Papua New Guinea"),
        ("GABORONE (Reuters) - A polio campaign began on Monday, the health ministry said.", "Botswana"),
        ("HONIARA (AFP) - A polio campaign began on Monday, the health ministry said.", "Solomon Islands"),
    ],
)
def test_a_minister_serves_a_smaller_state_whose_capital_the_dateline_is(nlp, dateline, state):
    speaker = "Health Minister Ana Kaupa said 4,000 volunteers would reach remote villages."
    assert profiles(nlp, dateline, speaker)[-1] == ("Ana Kaupa", "official", state)


@pytest.mark.parametrize(("place", "state"), [("MASERU, Lesotho", "Lesotho"), ("SUVA, Fiji", "Fiji")])
def test_a_minister_serves_the_smaller_state_a_dateline_gives(nlp, place, state):
    paragraphs = (
        f"{place} (Reuters) - Floods cut off 20 villages, officials said, as Australia sent two aircraft to help.",
        "Finance Minister Ana Kaupa said the budget would pay for new roads.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Ana Kaupa", "official", state)


@pytest.mark.parametrize(
    ("lede", "description", "affiliation"),
    [
        (
            "Observers from the Organization for Security and Co-operation in Europe (OSCE) arrived on Monday.",
            "who led the OSCE observer mission",
            "Organization for Security and Co-operation in Europe",
        ),
        (
            "The International Monetary Fund said on Wednesday it had reached a deal with Tunisia.",
            "who led the IMF mission to Tunis",
            "International Monetary Fund",
        ),
        (
            "The Economic Community of West African States (ECOWAS) sent a team to Bissau.",
            "head of the ECOWAS delegation",
            "Economic Community of West African States",
        ),
    ],
)
def test_initials_the_article_spelt_out_are_spelt_out_in_an_affiliation(nlp, lede, description, affiliation):
    paragraph = f"Hendrik Meer, {description}, said the talks had gone well."
    assert profiles(nlp, lede, paragraph)[-1] == ("Hendrik Meer", "official", affiliation)


@pytest.mark.parametrize(
    ("description", "affiliation"),
    [
        ("a senior Great Lakes analyst at the International Crisis Group", "International Crisis Group"),
        ("a senior Great Lakes analyst with the Harbour Policy Institute", "Harbour Policy Institute"),
    ],
)
def test_a_region_before_an_analyst_s_noun_is_the_beat_not_the_employer(nlp, description, affiliation):
    paragraph = f"Claudine Mbuyi, {description}, said the monitoring team would fail."
    assert profiles(nlp, paragraph) == [("Claudine Mbuyi", "analyst", affiliation)]


def test_a_dateline_s_country_outweighs_other_states_the_lede_names(nlp):
    paragraphs = (
        "CALAIS, France (AFP) - Five people died trying to cross the Channel to Britain overnight, officials said.",
        "Interior Minister Laurent Vasseur said police had arrested two suspects.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Laurent Vasseur", "official", "France")


def test_a_lede_naming_two_states_under_a_dateline_with_none_gives_no_country(nlp):
    paragraphs = (
        "Five people died trying to cross the Channel from France to Britain overnight, officials said.",
        "Interior Minister Laurent Vasseur said police had arrested two suspects.",
    )
    assert profiles(nlp, *paragraphs)[-1][2] == ""


@pytest.mark.parametrize(
    ("description", "affiliation"),
    [
        ("leader of the opposition Unity for Change coalition", "Unity for Change"),
        ("a nurse with Soignants du Monde who treated survivors", "Soignants du Monde"),
    ],
)
def test_a_name_cut_at_a_small_word_inside_it_is_made_whole(nlp, description, affiliation):
    paragraph = f"Lena Varga, {description}, said the trial was unfair."
    assert profiles(nlp, paragraph)[0][2] == affiliation


@pytest.mark.parametrize(
    ("description", "affiliation"),
    [
        ("a spokesman for Fatah and Hamas officials", "Fatah"),
        ("a fellow at Brookings for a decade", "Brookings"),
    ],
)
def test_a_whole_name_is_not_joined_to_another_nor_to_lower_case_words(nlp, description, affiliation):
    paragraph = f"Tom Hale, {description}, said the plan would fail."
    assert profiles(nlp, paragraph)[0][2] == affiliation


def test_a_place_the_recogniser_tagged_is_not_made_a_longer_name(nlp):
    paragraph = "Rita Gomez, a Cuba analyst whose father left Cuba for Texas in 1960, said the reforms had stalled."
    assert profiles(nlp, paragraph)[0][2] == "Cuba"


def test_a_name_runs_on_past_the_words_the_recogniser_tagged(nlp):
    paragraph = "Congolese Foreign Minister Jean-Pierre Lukusa Mbaya said the deal would be judged on the ground."
    assert profiles(nlp, paragraph) == [("Jean-Pierre Lukusa Mbaya", "official", "Congo")]


def test_a_particle_read_as_a_verb_still_joins_the_name(nlp):
    paragraph = "Joana Ferreira dos Santos, Angola's trade minister, said the talks would resume in May."
    assert profiles(nlp, paragraph) == [("Joana Ferreira dos Santos", "official", "Angola")]


def test_a_name_with_particles_beside_an_editor_is_a_person_s(nlp):
    paragraphs = (
        "A reporter was detained on Friday, his newspaper, the daily El Correo de Leon, said.",
        "Its editor, Marta de la Fuente, said he had been reporting on smuggling.",
        '"He is a reporter, not a spy," de la Fuente told radio.',
    )
    assert profiles(nlp, *paragraphs)[1:] == [("Marta de la Fuente", "other", "El Correo de Leon")] * 2
