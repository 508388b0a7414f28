"""A clause across a semicolon from a cue is the writer's, not what the cue's subject said (real pipeline, texts of
our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_clause_before_the_semicolon_is_no_quote_of_those_who_applauded(nlp):
    """ "Several people in the crowd booed; others applauded": the parser made the first sentence the complement of
    "applauded", so what the crowd did came out as what "others" said."""
    assert said_by(nlp, "Dozens of parents in the gym booed; others applauded.") == []


def test_a_clause_after_the_semicolon_is_no_part_of_what_was_said(nlp):
    """ "The dam is safe, engineers said; the town is not so sure": the writer's second sentence was read into what
    the engineers said."""
    rows = said_by(nlp, "The bridge is safe, inspectors said; the ferry crews are not convinced.")
    assert rows == [("", "The bridge is safe")]
