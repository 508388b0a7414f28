"""A directorate speaks as an institution ("the health directorate said"), as a ministry does (lexicon.py)."""

from __future__ import annotations

from tests.quoting import quote_rows_of


def test_a_directorate_that_said_is_the_speaker(nlp):
    text = "Measles has sickened 312 children in the valley since June, the health directorate said."
    rows = quote_rows_of(nlp, text)
    assert [(r["speaker"], r["speaker_kind"]) for r in rows] == [("health directorate", "institution")]
    assert "sickened 312 children" in rows[0]["quote"]
