"""A "that" that points at the noun after it, after the comma that closes "According to X," opens what was said: no
reported clause is introduced by "that" there (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_pointing_that_after_according_to_stays_in_what_was_said(nlp):
    rows = said_by(nlp, "According to a senior official, that chapter was the last to be settled.")
    assert [quote for _, quote in rows] == ["that chapter was the last to be settled"]


def test_the_that_of_a_reported_clause_is_still_dropped(nlp):
    rows = said_by(nlp, "The minister said that the chapter was the last to be settled.")
    assert [quote for _, quote in rows] == ["the chapter was the last to be settled"]


def test_the_that_of_a_clause_after_an_apposition_is_still_dropped(nlp):
    rows = said_by(
        nlp,
        "The alliance on Monday warned Canada and Mexico, its two biggest suppliers, that friction over steel quotas "
        "is hurting the alliance's ties with both countries.",
    )
    assert [quote for _, quote in rows] == [
        "friction over steel quotas is hurting the alliance's ties with both countries"
    ]
