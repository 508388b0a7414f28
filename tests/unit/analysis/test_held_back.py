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


def test_a_point_granted_with_a_verb_of_saying_is_a_quote_of_its_own(nlp):
    rows = said_by(
        nlp,
        "Governor Matilda Oyston-Reyes of the Bank of Carrow spoke after the vote.",
        "Oyston-Reyes said the decision was unanimous, though she noted that two members had leaned toward a cut.",
    )
    assert rows == [
        ("Matilda Oyston-Reyes", "the decision was unanimous"),
        ("Matilda Oyston-Reyes", "two members had leaned toward a cut"),
    ]
