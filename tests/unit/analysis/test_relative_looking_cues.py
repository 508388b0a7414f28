"""A cue between a subject and its predicate that the parser read as a relative clause (relative_looking_cues.py)."""

from __future__ import annotations

from tests.quoting import quote_rows_of

LEDE = "Ada Pell, who runs the island's only shop, has campaigned since spring to keep the winter ferry."


def _quotes(nlp, text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["quote"]) for r in quote_rows_of(nlp, LEDE, text) if r["paragraph"] == 1]


def test_a_cue_read_as_a_relative_clause_reports_the_sentence_around_it(nlp):
    assert _quotes(nlp, "The old pier, Pell conceded, is past saving.") == [("Ada Pell", "The old pier is past saving")]


def test_a_cue_with_its_listener_read_as_a_relative_clause(nlp):
    text = "The winter timetable, Pell told reporters, will be cut by half."
    assert _quotes(nlp, text) == [("Ada Pell", "The winter timetable will be cut by half")]


def test_a_true_relative_clause_is_no_cue(nlp):
    assert _quotes(nlp, "The pier, which Pell described in her petition, is past saving.") == []
