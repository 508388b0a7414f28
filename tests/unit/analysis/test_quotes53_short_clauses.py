"""A short reported clause before a post-posed cue ("It refused, she said.") is what was said (texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_two_word_clause_before_a_pronoun_and_said_is_reported_speech(nlp):
    rows = said_by(
        nlp,
        "Councillor Marta Quill said she had asked the hauler to keep the Sunday pickup. It declined, she said.",
    )
    assert ("Marta Quill", "It declined") in rows


def test_a_two_word_clause_before_a_name_and_said_is_reported_speech(nlp):
    rows = said_by(
        nlp, "The orchard lost half its pears to the frost in April. Nothing survived, Tobias Wrenfield said."
    )
    assert ("Tobias Wrenfield", "Nothing survived") in rows


def test_two_words_that_are_no_clause_stay_no_quote(nlp):
    rows = said_by(nlp, "The bridge reopened on Monday. Not yet, she said.")
    assert rows == []
