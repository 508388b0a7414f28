"""A grocer referred back to by its trade (texts of our own): "the grocer's finance chief" is of the chain named
before, and "the grocer said" is that chain speaking, as "the retailer" and "the chain" already were; a person who is
a grocer stays a person."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_grocers_finance_chief_is_of_the_chain_named_before(nlp):
    rows = profiles_of(
        nlp,
        "Harlow Markets, the country's fourth-largest grocery chain, said on Tuesday that sales rose 3%.",
        "The grocer's finance chief, Owen Pratt, said prices would stay low until the summer.",
    )
    assert rows[-1] == ("Owen Pratt", "other", "Harlow Markets")


def test_the_grocer_said_is_the_chain_named_before(nlp):
    rows = profiles_of(
        nlp,
        "Harlow Markets, the country's fourth-largest grocery chain, said on Tuesday that sales rose 3%.",
        "The grocer said it would open 20 new stores next year.",
    )
    assert rows[-1] == ("Harlow Markets", "institution", "")


def test_a_grocer_in_a_town_is_a_person(nlp):
    rows = profiles_of(nlp, "Ali Rahman, a grocer in Bradford, said his customers were buying less meat.")
    assert [row[:2] for row in rows] == [("Ali Rahman", "other")]
