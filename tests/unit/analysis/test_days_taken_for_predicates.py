"""A bare day after "called" that the parser took for its predicate ("called Wednesday for the judge to resign" read
as "called X Y") is when it was said; the "for" clause after it is what was called for (texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_day_between_called_and_its_for_clause_is_the_setting(nlp):
    paragraph = "Mayor Ilse Varga called Wednesday for Judge Rolf Dahl to resign over the ferry contracts."
    assert said_by(nlp, paragraph) == [("Ilse Varga", "Judge Rolf Dahl to resign over the ferry contracts")]


def test_a_predicate_that_is_no_day_is_still_what_was_said(nlp):
    paragraph = "Mayor Ilse Varga called the ferry contracts a scandal for the whole island."
    assert said_by(nlp, paragraph) == [("Ilse Varga", "the ferry contracts a scandal for the whole island")]
