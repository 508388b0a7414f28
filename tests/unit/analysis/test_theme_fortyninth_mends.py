"""Themes of the mends after the forty-ninth probe batch (Canada in the world, told by Canadian outlets): a mediator
sent back to "the two sides" of a walkout that began "on strike at dawn" works at home, no relations between states
(the hour after the strike is no target of an attack); First Nations chiefs and their treaty rights, in a numbered
treaty's territory, are no nations among states; a country that people are posted to is no state speaking ("families
of nurses posted to Brellia have complained"). Fictional texts on the real spaCy pipeline with the shipped themes
file."""

from __future__ import annotations

from dashboard.analysis.themes.domestic import domestic_sides
from tests.theming import article

WALKOUT = [
    "Ferry crews of the Marlow Line went on strike at dawn after eight months of bargaining over pay and pensions.",
    "The transport minister said she had asked a mediator to bring the two sides back to the table by Friday.",
]


def test_a_mediator_for_a_walkout_timed_by_its_hour_is_no_diplomacy(nlp, themes):
    _, mediator = article(themes, nlp, "Ferry crews walk out", WALKOUT)
    assert "diplomacy" not in mediator, mediator


def test_a_strike_at_a_place_is_still_an_attack_not_a_walkout(nlp):
    assert domestic_sides(nlp("Their strike at the depot killed four guards.")) == ""
    assert domestic_sides(nlp("Dockers stayed on strike on Monday.")) == "on strike"


def test_first_nations_chiefs_and_their_treaty_rights_are_no_relations_between_states(nlp, themes):
    (chiefs,) = article(
        themes,
        nlp,
        "Province passes land act",
        [
            "First Nations chiefs in Treaty 4 territory said the land act broke their treaty rights and vowed to "
            "fight it in court."
        ],
    )
    assert "diplomacy" not in chiefs, chiefs


def test_a_treaty_between_states_is_still_diplomacy(nlp, themes):
    (signed,) = article(
        themes, nlp, "Treaty signed", ["Brellia and Tovar signed a treaty fixing their border after two years."]
    )
    assert "diplomacy" in signed, signed


def test_a_country_people_are_posted_to_is_no_state_speaking(nlp, themes):
    _, families = article(
        themes,
        nlp,
        "Ottawa sends medical team to Estonia",
        [
            "Canada will send 300 army medics to Estonia next year to staff a new field hospital, the defence "
            "minister said on a visit to Tallinn, where she met her Estonian counterpart.",
            "Families of medics posted to Estonia have complained of long waits for school places near the base.",
        ],
    )
    assert "diplomacy" not in families, families
