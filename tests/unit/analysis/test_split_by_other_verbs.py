"""A quotation split by a verb of communication other than "say" keeps its short opening piece (marks.py)."""

from __future__ import annotations

from tests.quoting import L, R, quote_rows_of

LEDE = "Ada Pell, who runs the island's only shop, has campaigned since spring to keep the winter ferry."


def test_the_opening_piece_before_argued_is_said(nlp):
    text = f"{L}The ferry,{R} Pell argued, {L}is the one road this island has.{R}"
    [row] = [r for r in quote_rows_of(nlp, LEDE, text) if r["paragraph"] == 1]
    assert row["speaker"] == "Ada Pell" and row["direct"]
    assert "The ferry" in row["quote"] and "is the one road this island has" in row["quote"]


def test_the_opening_piece_before_conceded_is_said(nlp):
    text = f"{L}Our petition,{R} Pell conceded, {L}came a year too late.{R}"
    [row] = [r for r in quote_rows_of(nlp, LEDE, text) if r["paragraph"] == 1]
    assert "Our petition" in row["quote"] and "came a year too late" in row["quote"]
