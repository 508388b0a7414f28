"""A company whose name carries "State" ("Keystone State Auto Insurance", "Golden State Mutual") is a business by
the last word of its name, so its spokespeople are `other`, not officials (quotes/state_named_businesses.py); a state
body whose name ends on no such word stays a state's. Fictional text."""

from __future__ import annotations

from dashboard.analysis.quotes.organisations import organisation_type
from tests.quoting import profiles_of


def test_an_insurers_spokeswoman_is_other_though_its_name_says_state(nlp):
    found = profiles_of(
        nlp,
        "Keystone State Auto Insurance said in a statement that fraud added about $150 to every premium.",
        "Its spokeswoman, Mara Lindell, said the company had reported the clinic to investigators in 2022.",
    )
    assert ("Mara Lindell", "other", "Keystone State Auto Insurance") in found


def test_names_with_state_that_end_on_a_business_word_are_companies():
    assert organisation_type("Golden State Mutual") == "company"
    assert organisation_type("Lone Star State Insurance Company") == "company"


def test_state_bodies_and_groups_keep_their_type():
    assert organisation_type("Department of State") == "state"
    assert organisation_type("State Insurance Department") == "state"
    assert organisation_type("Islamic State group") == "state"
