"""What was told after the listener: "told analysts on a conference call that …", where the parser hung the "that"
clause on the last phrase of when, where and how it was told (real pipeline; fictional people and places)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_that_clause_after_the_listener_and_a_phrase_of_how_it_was_told_is_what_was_said(nlp):
    rows = said_by(
        nlp,
        "Harlan Mills, the chief financial officer, told analysts on a conference call that margins would recover "
        "next year.",
        "Mayor Ada Brenn warned residents at a town hall meeting that the ferry fares would double.",
        "Tomas Vey told investors during a webcast that the company would cut its dividend.",
    )
    assert rows == [
        ("Harlan Mills", "margins would recover next year"),
        ("Ada Brenn", "the ferry fares would double"),
        ("Tomas Vey", "the company would cut its dividend"),
    ]


def test_a_that_clause_of_a_noun_after_the_listener_is_not_what_was_said(nlp):
    rows = said_by(nlp, "Greta Olsen told reporters about the rumour that the mill would close.")
    assert ("Greta Olsen", "the mill would close") not in rows
