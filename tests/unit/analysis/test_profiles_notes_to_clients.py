"""What was said in a note "to clients" after the cue ("wrote in a note to clients that …"): the parser hangs "to
clients" on the cue as a dative and the "that" clause on "clients" as a relative clause; the listener is part of the
setting, and the clause is what was said (quotes/what_said.py), even when the parser takes "that" for the object of
a preposition later in it ("… could fall to $42,000"; setting_clauses.py). Fictional text."""

from __future__ import annotations

from tests.quoting import quote_rows_of


def test_analysts_writing_in_a_note_to_clients_are_quoted(nlp):
    rows = quote_rows_of(
        nlp, "Analysts at Broadmere Bank wrote in a note to clients that bitcoin could fall to $42,000."
    )
    assert [(r["speaker_kind"], r["quote"]) for r in rows] == [("unnamed", "bitcoin could fall to $42,000")]


def test_an_analyst_writing_in_a_note_to_clients_is_quoted(nlp):
    rows = quote_rows_of(
        nlp, "Ann Ross, an analyst at Broadmere Bank, wrote in a note to clients that bitcoin could fall to $42,000."
    )
    assert [(r["speaker"], r["quote"]) for r in rows] == [("Ann Ross", "bitcoin could fall to $42,000")]


def test_a_note_to_clients_whose_clause_ends_in_a_preposition_and_its_object_is_quoted(nlp):
    rows = quote_rows_of(
        nlp,
        "Analysts at Broadmere Bank wrote in a note to clients that bitcoin could fall to $42,000 if it did not hold "
        "above its average.",
    )
    assert [r["speaker_kind"] for r in rows] == ["unnamed"]
    assert rows[0]["quote"].startswith("bitcoin could fall to $42,000")
