"""Nouns of saying with a "that" clause: "made the point that …", and a noun of saying that is the subject of "be"
with the clause after it ("Ann's claim is that …", "her point was that …"): the noun's owner spoke (texts of our
own)."""

from __future__ import annotations

from tests.quoting import said_by

_INTRO = "Nora Vance has chaired the Alder Bay ferry board for a decade."


def test_a_claim_that_is_a_clause_after_be(nlp):
    rows = said_by(nlp, _INTRO, "Vance's boldest claim is that the board hid the losses for years.")
    assert rows == [("Nora Vance", "the board hid the losses for years")]


def test_her_point_was_that(nlp):
    rows = said_by(nlp, _INTRO, "Her point was that the ferry has never lost a passenger.")
    assert rows == [("Nora Vance", "the ferry has never lost a passenger")]


def test_made_the_point_that(nlp):
    rows = said_by(nlp, _INTRO, "Vance made the point that the ferry has never lost a passenger.")
    assert rows == [("Nora Vance", "the ferry has never lost a passenger")]


def test_a_point_of_no_one_or_denied_says_nothing(nlp):
    assert said_by(nlp, _INTRO, "The point is that the ferry has never lost a passenger.") == []
    assert said_by(nlp, _INTRO, "Vance's point was not that the ferry has never lost a passenger.") == []
    assert said_by(nlp, _INTRO, "The ferry reached the point that nobody wanted to ride it any more.") == []
