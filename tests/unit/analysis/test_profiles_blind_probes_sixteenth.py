"""Speaker profiles in shapes a sixteenth round of blind probes (world news wire: an aid convoy held at a checkpoint, a
border clash, a disputed presidential count, a hostage release, an earthquake, a summit, a trial at an international
court, an emergency rate rise) found wrong, and the whole batch of fictional stories the round was run on, its wrong
count kept in sight."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_sixteenth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 10 blind, before the round's fixes; 9
#: once the prosecutors' demand the blind gold had left out was set (see the batch). 4 once a body named after
#: initials the article defined spells its owner out ("the SADC observer mission"), a minister or a leader by bare
#: title serves the state whose capital the dateline is when the lede names no other ("ACCRA (Reuters) -"; more
#: capitals listed), and an officer of an international court by bare title serves the one the article names
#: ("Deputy Prosecutor X"). 2 once "the agency" alone may be a world body that spoke, not only a company
#: (acted_bodies.py; profileleft39b): it was a town the recogniser tagged an organisation. Left: "The Malawian
#: president called for calm" not resolved to the president named in the lede (missed and extra; speaker resolution,
#: not profiles).
_WRONG_AT_MOST = 2


def test_the_batch_of_the_sixteenth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


@pytest.mark.parametrize(
    ("description", "affiliation"),
    [
        ("who heads the OAS observer mission", "Organization of American States observer mission"),
        ("a member of the OAS election panel", "Organization of American States election panel"),
    ],
)
def test_a_body_named_after_initials_spells_out_the_owner_the_article_defined_them_for(nlp, description, affiliation):
    paragraphs = (
        "The Organization of American States (OAS) said the vote in Veraguay had been calm.",
        f"Lena Ortiz, {description}, said the count should be published station by station.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Lena Ortiz", "official", affiliation)


def test_a_body_named_after_initials_the_article_never_defined_stays_as_written(nlp):
    paragraphs = ("Lena Ortiz, a spokeswoman for the UN refugee agency, said 200 families had fled.",)
    assert profiles(nlp, *paragraphs) == [("Lena Ortiz", "official", "UN refugee agency")]


@pytest.mark.parametrize(
    ("lede", "speaker", "expected"),
    [
        (  # a capital's dateline and a lede that names no state: the capital's
            "ACCRA (Reuters) - The central bank raised its main rate by five points at an unscheduled meeting.",
            "Finance Minister Kofi Mensah said the government would cut spending.",
            ("Kofi Mensah", "official", "Ghana"),
        ),
        (
            "LILONGWE (AFP) - Fuel queues stretched for kilometres on Monday as the kwacha fell again.",
            "Energy Minister Ruth Banda said two tankers would arrive this week.",
            ("Ruth Banda", "official", "Malawi"),
        ),
        (  # a head of government by bare title: the capital's state when the lede names it and no other
            "ROME (Reuters) - Floods swept through three towns in northern Italy on Sunday.",
            "Prime Minister Carla Neri said the army would help clear the mud.",
            ("Carla Neri", "official", "Italy"),
        ),
        (
            "LUSAKA (Reuters) - Power cuts of up to 12 hours a day began on Monday after a dry season.",
            "President Joseph Tembo said the cuts would end by March.",
            ("Joseph Tembo", "official", "Zambia"),
        ),
    ],
)
def test_a_bare_title_serves_the_state_whose_capital_the_dateline_is(nlp, lede, speaker, expected):
    assert profiles(nlp, lede, speaker)[-1] == expected


@pytest.mark.parametrize(
    ("lede", "speaker", "expected"),
    [
        (  # the lede names another state: the capital does not say whose leader it is
            "WASHINGTON (Reuters) - The Chinese government hacked the email of three agencies, officials said.",
            "President Li Wen said the report was false.",
            ("Li Wen", "official", ""),
        ),
        (  # the lede names a state: the minister is that state's, as before
            "ACCRA (Reuters) - Nigeria's central bank raised its main rate on Thursday.",
            "Finance Minister Kofi Mensah said the government would cut spending.",
            ("Kofi Mensah", "official", "Nigeria"),
        ),
    ],
)
def test_a_capital_dateline_gives_no_state_where_the_lede_names_another(nlp, lede, speaker, expected):
    assert profiles(nlp, lede, speaker)[-1] == expected


@pytest.mark.parametrize(
    "speaker",
    [
        "Deputy Prosecutor Helen Marsh told the judges that the accused had ordered attacks on seven villages.",
        "Presiding Judge Helen Marsh said the verdict would come early next year.",
    ],
)
def test_an_officer_by_bare_title_serves_the_international_court_the_article_names(nlp, speaker):
    paragraphs = (
        "THE HAGUE (AP) - The International Criminal Court opened the trial of a former militia leader on Monday.",
        speaker,
    )
    assert profiles(nlp, *paragraphs)[-1][1:] == ("official", "International Criminal Court")


def test_a_national_prosecutor_is_no_officer_of_the_court_that_tries_the_case(nlp):
    paragraphs = (
        "ISTANBUL (AFP) - A court in Istanbul jailed a reporter on Wednesday; she will appeal to the Constitutional "
        "Court.",
        "Prosecutor Mehmet Demir told the court that the reports had caused panic.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Mehmet Demir", "official", "")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Reserve Bank of Malawi Governor Tomas Banda said inflation would fall by June.",
            ("Tomas Banda", "official", "Reserve Bank of Malawi"),
        ),
        (
            "Central Bank of Kenya Governor Amos Kiprono said inflation would fall by June.",
            ("Amos Kiprono", "official", "Central Bank of Kenya"),
        ),
    ],
)
def test_a_body_cut_before_of_and_an_untagged_country_keeps_the_country(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize("mission", ["MONUSCO", "UNMISS", "MINUSMA"])
def test_the_head_of_a_un_mission_named_by_its_initials_is_an_official(nlp, mission):
    paragraph = f"Ana Duval, head of {mission}, said 4,000 civilians had fled to its bases."
    assert profiles(nlp, paragraph) == [("Ana Duval", "official", mission)]


@pytest.mark.parametrize("portfolio", ["Information", "Communications", "Tourism", "Fisheries"])
def test_a_minister_of_a_further_portfolio_serves_the_article_country(nlp, portfolio):
    paragraphs = (
        "HARARE (Reuters) - Floods cut the main road to the south of Zimbabwe on Monday.",
        f"{portfolio} Minister Ruth Moyo said the road would reopen within a week.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Ruth Moyo", "official", "Zimbabwe")


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        (
            "Wale Okon, the country's finance minister, said the fall was temporary.",
            ("Wale Okon", "official", "Nigeria"),
        ),
        (
            "Ada Obi, the central bank governor, said reserves were adequate.",
            ("Ada Obi", "official", "Nigeria's central bank"),
        ),
        (
            "The country's president, Bola Adeyemi, said the fall was temporary.",
            ("Bola Adeyemi", "official", "Nigeria"),
        ),
    ],
)
def test_the_country_s_minister_and_the_central_bank_are_the_article_country_s(nlp, speaker, expected):
    paragraphs = ("LAGOS (Reuters) - Nigeria's currency fell to a record low on Monday.", speaker)
    assert profiles(nlp, *paragraphs)[-1] == expected
