"""A short reported clause whose "be" is completed by an adverb of state ("said sales were down", "said talks were
over") says something whole, as one completed by a complement does (real pipeline, fictional people)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_three_word_clause_of_be_and_an_adverb_of_state_is_reported_speech(nlp):
    rows = said_by(nlp, "Imre Castellane, who runs the bakery on Dock Street, said orders were down.")
    assert rows == [("Imre Castellane", "orders were down")]


def test_talks_that_were_over_are_reported_speech(nlp):
    rows = said_by(nlp, "Sen. Wenonah Pruett of Idaho said that talks were over.")
    assert rows == [("Wenonah Pruett", "talks were over")]


def test_a_three_word_clause_of_be_alone_is_still_none(nlp):
    rows = said_by(nlp, "Imre Castellane said he was.")
    assert rows == []
