"""A state's agent before an international court or in a case ("Chile's agent before the court, X", "Norway's agent in
the case, X") acts for the state and is an official, not a citizen named by a country (quotes/kinds.py); an agent of
a business ("a shipping agent", "her agent") stays `other`. Fictional text."""

from __future__ import annotations

from dashboard.analysis.quotes.kinds import kind_of
from tests.quoting import profiles_of


def test_a_states_agent_before_a_court_is_an_official(nlp):
    found = profiles_of(
        nlp,
        "Chile's agent before the court, Matilde Orrego-Bain, said the judges had accepted the old survey of the "
        "glacier as the border.",
    )
    assert ("Matilde Orrego-Bain", "official", "Chile") in found


def test_the_agent_of_a_state_alone_is_an_official_and_others_stay_as_they_were():
    assert kind_of("agent", "Norway") == "official"
    assert kind_of("agent", "Halbrook Shipping") == "other"
    assert kind_of("shipping agent", "") == "other"
    assert kind_of("Norwegian tourist", "Norway") == "other"
