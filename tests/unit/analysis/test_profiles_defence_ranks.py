"""Speaker profiles of defence and security news: a serving officer whose rank stands before the name and whose
apposition names a post in a command ("Col. X, head of the Y's Z Directorate,"); a retired officer with "Retired"
before the rank; a defence attaché; a security firm's head of threat intelligence; a centre that is a state's agency;
a company named right after the noun of its trade ("the rail operator Y said"); a vice president for a field of work,
which is no body. Fictional bodies and people throughout; each case is (paragraphs, (speaker, kind, affiliation) of
the one quote)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Col. Arvo Lepik, head of the General Staff's Signals Directorate, said the radios had been replaced.",
            ("Arvo Lepik", "official", "Signals Directorate"),
        ),
        (
            "Brig. Gen. Sanne Vos, director of the Joint Command's Space Operations Directorate, said two satellites "
            "were in orbit.",
            ("Sanne Vos", "official", "Joint Command"),
        ),
    ],
)
def test_a_rank_before_the_name_makes_an_official_of_a_post_in_a_command(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Gen. Piet Hals, chief executive of Dunmore Robotics, said the drones would ship in May.",
            ("Piet Hals", "other", "Dunmore Robotics"),
        ),
        (
            "Col. Idris Sane, a commander of the Sahel Liberation Front, said his fighters held the road.",
            ("Idris Sane", "other", "Sahel Liberation Front"),
        ),
    ],
)
def test_a_rank_before_the_name_leaves_a_company_executive_and_a_rebel_commander_as_they_are(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Retired Maj. Gen. Oskar Lind, who led the northern brigade until 2020, said the drills were a warning.",
        "Retired Adm. Oskar Lind said the drills were a warning.",
    ],
)
def test_retired_before_a_rank_makes_a_former_officer_an_expert_tied_to_no_body_called_retired(nlp, paragraph):
    assert profiles(nlp, paragraph) == [("Oskar Lind", "analyst", "")]


def test_a_defence_attache_is_an_official(nlp):
    paragraph = "Col. Iben Krag, Norway's defence attache in Ottawa, said the two navies would train together."
    assert profiles(nlp, paragraph) == [("Iben Krag", "official", "Norway")]


def test_a_security_firm_s_head_of_threat_intelligence_is_an_expert(nlp):
    paragraph = "Ruth Amsel, head of threat intelligence at the security firm Quellguard, said the hackers were paid."
    assert profiles(nlp, paragraph) == [("Ruth Amsel", "analyst", "Quellguard")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Tomas Rebek, director of the Slovenian Cyber Security Centre, said the hospital had been warned.",
            ("Tomas Rebek", "official", "Slovenian Cyber Security Centre"),
        ),
        (
            "Tomas Rebek, director of the Halden Centre for Security Studies, said the hospital had been warned.",
            ("Tomas Rebek", "analyst", "Halden Centre for Security Studies"),
        ),
    ],
)
def test_a_centre_named_by_a_state_s_task_is_an_agency_and_one_of_study_a_research_body(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The rail operator Vestlink said in a statement that trains would run late.", ("Vestlink", "institution", "")),
        ("The defence group Karvex said on Friday that it had won the order.", ("Karvex", "institution", "")),
        ("The crane operator Tom Hale said the wind was too strong to lift.", ("Tom Hale", "other", "")),
    ],
)
def test_a_company_named_after_the_noun_of_its_trade_speaks_as_itself(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


def test_a_vice_president_for_a_field_of_work_keeps_the_company_that_owns_the_title(nlp):
    paragraph = "Jonas Beck, Aerovia's vice president for international business, said the plant would open in June."
    assert profiles(nlp, paragraph) == [("Jonas Beck", "other", "Aerovia")]
