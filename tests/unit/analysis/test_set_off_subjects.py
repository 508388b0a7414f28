"""What was said keeps its subject set before a cue that stands inside the sentence with its listener
(set_off_subjects)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_subject_before_a_told_cue_inside_the_sentence_is_said(nlp):
    rows = said_by(nlp, "The new levy, officials told the Ledger, would raise about 40 million a year.")
    assert [quote for _, quote in rows] == ["The new levy would raise about 40 million a year"], rows


def test_a_phrase_before_a_cue_whose_clause_has_its_own_subject_is_not_said(nlp):
    rows = said_by(nlp, "Late on Friday, the minister told the Ledger that the ferry would run all winter.")
    assert not any("Friday" in quote for _, quote in rows), rows
