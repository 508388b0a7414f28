"""A noun of saying whose "that" clause the parser hung on the verb above the noun ("an expansion of Ann's claims
that …", "cited no source for his claim in March that …"): the noun's owner said the clause (texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by

_INTRO = "Tom Reyes has run the Alder Bay bakers' guild since 2019."


def test_claims_after_of_with_the_clause_on_be(nlp):
    rows = said_by(
        nlp, _INTRO, "That was a big expansion of Tom Reyes's by-now-familiar claims that the mayor is unqualified."
    )
    assert rows == [("Tom Reyes", "the mayor is unqualified")]


def test_claim_with_a_time_between_it_and_the_clause(nlp):
    rows = said_by(
        nlp, _INTRO, "Reyes never named a source for his claim in March that the city wants to sell 250 buses."
    )
    assert rows == [("Tom Reyes", "the city wants to sell 250 buses")]


def test_no_owner_or_a_verb_between_says_nothing(nlp):
    assert said_by(nlp, _INTRO, "That was a big expansion of the claims that the mayor is unqualified.") == []
    assert said_by(nlp, _INTRO, "Reyes repeated his claim and the guild decided that the fair would go ahead.") == []


def test_an_aside_in_parentheses_is_the_writers(nlp):
    text = (
        "Reyes never named a source for his claim in March that the city wants to sell 250 buses (it plans to sell 20)."
    )
    assert said_by(nlp, _INTRO, text)[0] == ("Tom Reyes", "the city wants to sell 250 buses")
