"""A cue infinitive whose subject the parser leaves out: after an adjective that judges the saying ("was right to
note that …", "was the first to argue that …") or an effort noun ("took pains to stress that …"), the one the
adjective or effort belongs to spoke; not after an adjective of likelihood (texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by

_INTRO = "Nora Vance has chaired the Alder Bay ferry board for a decade."


def test_an_adjective_that_judges_the_saying_gives_its_subject(nlp):
    rows = said_by(nlp, _INTRO, "Vance was correct to note that the ferry has lost money for years.")
    assert rows == [("Nora Vance", "the ferry has lost money for years")]


def test_the_first_to_argue_spoke(nlp):
    rows = said_by(nlp, _INTRO, "She was the first to argue that the fares must rise by spring.")
    assert rows == [("Nora Vance", "the fares must rise by spring")]


def test_the_one_who_took_pains_spoke(nlp):
    rows = said_by(nlp, _INTRO, "Vance took pains to emphasize that every rider has a seat.")
    assert rows == [("Nora Vance", "every rider has a seat")]


def test_likelihood_or_a_negation_says_nothing_was_said(nlp):
    assert said_by(nlp, _INTRO, "Vance is likely to stress that the board would pause the fare rise.") == []
    assert said_by(nlp, _INTRO, "Vance was not right to say that the boats were new.") == []


def test_one_made_to_speak_spoke(nlp):
    rows = said_by(nlp, _INTRO, "Vance was forced to admit that the ferry had lost money for years.")
    assert rows == [("Nora Vance", "the ferry had lost money for years")]
    assert said_by(nlp, _INTRO, "Vance was not forced to admit that the ferry had lost money.") == []
