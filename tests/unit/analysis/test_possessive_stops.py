"""A "’s" written on a name ends no sentence: the parser may end one after "ABC’s" when the programme's name that
follows reads like a phrase of time ("This Week", "This Morning"), and the cue before or after it then loses its
speaker or what was said (possessive_stops.py)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_programme_named_like_a_phrase_of_time_keeps_what_was_said(nlp):
    said = said_by(nlp, "Petrakis said on CBS’s This Morning that the budget was balanced.")
    assert said == [("Petrakis", "the budget was balanced")]


def test_the_word_after_a_possessive_starts_no_sentence(nlp):
    doc = nlp("Governor Ann Petrakis said on ABC’s This Week that the budget was balanced.")
    assert len(list(doc.sents)) == 1


def test_a_full_stop_after_a_possessive_still_ends_the_sentence(nlp):
    doc = nlp("The car was Petrakis’s. She said so herself.")
    assert len(list(doc.sents)) == 2
