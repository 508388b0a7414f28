"""Profiles of the people of institutions outside government (fictional text): a body of sport named like a state's
committee, a sports league's commissioner, a food bank and a business school are read for what they are."""

from __future__ import annotations

import pytest

from dashboard.analysis.quotes.organisations import AID, COMPANY, RESEARCH, STATE, organisation_type
from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Velorian Olympic Committee", COMPANY),  # speaks for its athletes and federations, no state
        ("Ostland Rugby Football Council", COMPANY),
        ("Ministry of Sport", STATE),
        ("Brindle Valley Food Bank", AID),  # a charity, whatever "bank" says
        ("Tarrow Business School", RESEARCH),  # a school, which lobbies for no business
        ("Tarrow Business Council", COMPANY),
    ],
)
def test_bodies_of_sport_food_banks_and_business_schools_have_their_own_type(name, kind):
    assert organisation_type(name) == kind


def test_a_national_olympic_committees_president_holds_no_public_office(nlp):
    profiles = profiles_of(
        nlp, "Oskar Velin, president of the Velorian Olympic Committee, said the bid would be paid for by sponsors."
    )
    assert profiles == [("Oskar Velin", "other", "Velorian Olympic Committee")]


def test_a_sports_leagues_commissioner_is_no_official(nlp):
    profiles = profiles_of(
        nlp, "Marla Quint, commissioner of the Northern Lacrosse Hockey League, said the owners had made their offer."
    )
    assert profiles == [("Marla Quint", "other", "Northern Lacrosse Hockey League")]


def test_a_food_banks_manager_is_no_analyst(nlp):
    profiles = profiles_of(
        nlp, "Pim Adeyemi, manager of the Brindle Valley Food Bank, said donations had fallen by a third since May."
    )
    assert profiles == [("Pim Adeyemi", "other", "Brindle Valley Food Bank")]


def test_one_who_studies_a_field_at_a_business_school_is_an_analyst(nlp):
    profiles = profiles_of(
        nlp, "Runa Falk, who studies sponsorship at Tarrow Business School, said the sponsors would want more seats."
    )
    assert profiles == [("Runa Falk", "analyst", "Tarrow Business School")]


def test_one_who_studies_a_legislature_at_a_think_tank_is_its_analyst(nlp):
    profiles = profiles_of(
        nlp,
        "Wilhelmina Ostrander-Pike, who studies Congress at the Calloway Forum, a research group in Washington, said "
        "the rule would not survive the session.",
    )
    assert profiles == [("Wilhelmina Ostrander-Pike", "analyst", "Calloway Forum")]
