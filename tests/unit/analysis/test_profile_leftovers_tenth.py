"""Profile leftovers of the ninth round of probes (fictional texts): aid and rights groups whose names end in a word
of a state body, retired officers who speak as residents, and honorifics of the Gulf and South Asia kept in names."""

from __future__ import annotations

import pytest

from dashboard.analysis.names import clean_name
from dashboard.analysis.quotes.organisations import STATE, organisation_type
from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Liv Aamot, head of the Nordland Refugee Council, said the camps were full.",
            [("Liv Aamot", "other", "Nordland Refugee Council")],
        ),
        (
            "Maria Holt, a spokeswoman for the Global Rescue Committee, said the convoys had stopped.",
            [("Maria Holt", "other", "Global Rescue Committee")],
        ),
        (
            "Anna Berg, president of the Ostland Red Cross Society, said the clinics needed blood.",
            [("Anna Berg", "other", "Ostland Red Cross Society")],
        ),
        (  # its researchers are experts
            "Omar Said, a researcher at the Harbour Rights Council, said the killings were deliberate.",
            [("Omar Said", "analyst", "Harbour Rights Council")],
        ),
        (  # a state's council stays one
            "Tom Vale, a spokesman for the National Security Council, said the talks would go on.",
            [("Tom Vale", "official", "National Security Council")],
        ),
    ],
)
def test_an_aid_or_rights_group_named_like_a_state_body_holds_no_office(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    "name",
    ["Ministry of Refugees", "State Committee for Refugees", "Security Council", "Office of the High Commissioner"],
)
def test_a_state_body_of_a_cause_stays_a_state_body(name):
    assert organisation_type(name) == STATE


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Sam Roe, a retired army officer who lives in the village, said the shelling began at night.",
            [("Sam Roe", "other", "army")],
        ),
        (
            "Ola Dunn, a retired colonel who lives near the border, said the drones came every night.",
            [("Ola Dunn", "other", "")],
        ),
        (  # commenting, with no word of where he lives: an expert
            "Ian Hale, a retired general, said the offensive would stall.",
            [("Ian Hale", "analyst", "")],
        ),
    ],
)
def test_a_retired_officer_who_lives_at_the_place_speaks_as_a_resident(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Sayyid Khalid al-Busaidi", "Khalid al-Busaidi"),
        ("Sheikha Noor al-Sabah", "Noor al-Sabah"),
        ("Maulana Tariq Ahmed", "Tariq Ahmed"),
        ("Shri Ramesh Kulkarni", "Ramesh Kulkarni"),
        ("Smt. Asha Devi", "Asha Devi"),
        ("Sri Mulani Wirawan", "Sri Mulani Wirawan"),  # a given name, no honorific
    ],
)
def test_honorifics_of_the_gulf_and_south_asia_are_no_part_of_the_name(mention, name):
    assert clean_name(mention, "PERSON") == name


def test_a_speaker_behind_an_honorific_is_shown_without_it(nlp):
    paragraph = "Foreign Minister Sayyid Khalid al-Busaidi said the talks would resume."
    assert profiles(nlp, paragraph) == [("Khalid al-Busaidi", "official", "")]
