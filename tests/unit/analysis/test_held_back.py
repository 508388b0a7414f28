"""A closing "though he did not say …" is the narrator's, no part of what was said; a participle of speech after a
comma continues the same speaker's quote (real pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by

FARMER = "Tomas Brekke farms barley near the lake at Halden."


def test_a_concession_about_his_own_speech_is_the_narrators(nlp):
    rows = said_by(nlp, FARMER, "He said the mill owed him money, though he did not say how much it was.")
    assert rows == [("Tomas Brekke", "the mill owed him money")]


def test_a_refusal_to_say_more_is_the_narrators(nlp):
    rows = said_by(nlp, FARMER, "He said the barley was sold, although he refused to name the buyer.")
    assert rows == [("Tomas Brekke", "the barley was sold")]


def test_a_participle_of_speech_after_a_comma_stays_in_the_quote(nlp):
    rows = said_by(nlp, FARMER, "He says he would sell the grain on Friday, calling the price a poor deal.")
    assert rows == [("Tomas Brekke", "he would sell the grain on Friday, calling the price a poor deal")]


def test_a_concession_of_belief_stays_in_the_quote(nlp):
    rows = said_by(nlp, FARMER, "She said the mill would reopen, though she doubts it will hire locally.")
    assert len(rows) == 1 and rows[0][1].endswith("though she doubts it will hire locally")
