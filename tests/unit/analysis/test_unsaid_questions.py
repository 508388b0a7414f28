"""A speaker who would not say whether, when or what: the question is attributed to them, as PolNeAR annotates it;
a negated cue before a plain clause still says nothing (texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_would_not_say_whether_attributes_the_question(nlp):
    assert said_by(nlp, "Mayor Tom Brandt would not say whether the ferry will run next winter.") == [
        ("Tom Brandt", "the ferry will run next winter")
    ]
    assert said_by(nlp, "Ann Ross isn't saying if the harbour board broke any rules.") == [
        ("Ann Ross", "the harbour board broke any rules")
    ]


def test_have_not_said_when_attributes_the_question(nlp):
    assert said_by(nlp, "Councillors have not said when they would vote on the harbour tax.") == [
        ("", "when they would vote on the harbour tax")
    ]


def test_a_negated_cue_before_a_plain_clause_says_nothing(nlp):
    assert said_by(nlp, "Ann Ross did not tell the council that the ferry was late.") == []
    assert said_by(nlp, "Mayor Tom Brandt did not say a word about the ferry.") == []
