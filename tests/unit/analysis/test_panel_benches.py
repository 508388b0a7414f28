"""A panel with no owner of its own named ("the three-member panel said") is the court or tribunal named just before,
for which it rules; a panel with a name of its own is not (texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, quote_rows_of

_LEAD = "Swiss skier Lena Aebischer-Roth has been banned for a year, the Alpine Sports Ethics Tribunal said on Monday."


def test_a_counted_panel_is_the_tribunal_named_before(nlp):
    later = f"The three-member panel said it was {L}not persuaded{R} by her account of a tainted supplement."
    rows = quote_rows_of(nlp, _LEAD, later)
    assert [r["speaker"] for r in rows] == ["Alpine Sports Ethics Tribunal", "Alpine Sports Ethics Tribunal"]


def test_a_panel_with_a_name_of_its_own_is_no_tribunal(nlp):
    later = f"The House ethics panel said it was {L}not persuaded{R} by her account of a tainted supplement."
    rows = quote_rows_of(nlp, _LEAD, later)
    assert "Alpine Sports Ethics Tribunal" not in [r["speaker"] for r in rows[1:]]
