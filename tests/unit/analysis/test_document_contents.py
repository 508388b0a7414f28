"""What a statement says when the parser hangs its "that" clause on the statement (texts of our own): the clause is
what the body said in it."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_written_statement_s_that_clause_is_what_the_body_said(nlp):
    rows = said_by(
        nlp,
        "The Velmar Foreign Ministry said in a written statement that the accord would bring calm to the border.",
    )
    assert rows == [("Velmar Foreign Ministry", "the accord would bring calm to the border")]
