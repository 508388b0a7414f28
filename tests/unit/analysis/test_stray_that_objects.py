"""A "that" the parser hung on the verb after it as the object of a preposition (texts of our own): "said in a note to
customers that boxes would be carried on by barge" has the clause said, as "that" read as the clause's object had;
"that" as the subject of a true relative clause ("at the meeting that was held in May") still says nothing."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_stray_that_opens_what_was_said(nlp):
    text = "Lena Dahl, Corvane's head of Europe, said in a note to customers that boxes would be carried on by barge."
    assert said_by(nlp, text) == [("Lena Dahl", "boxes would be carried on by barge")]


def test_a_true_relative_clause_after_the_setting_says_nothing(nlp):
    assert said_by(nlp, "Lena Dahl spoke at the meeting that was held in Antwerp in May.") == []
