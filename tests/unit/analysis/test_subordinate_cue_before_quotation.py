"""A cue under "as" whose clause runs straight into a quotation ("As one worker told the Gazette, “…”") introduces
that quotation, though a cue under "as" or "when" does not in general (real pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import quote_rows_of


def test_a_quotation_right_after_a_cue_under_as_is_what_the_cue_reports(nlp):
    rows = quote_rows_of(
        nlp,
        "When the mill closed, some workers felt betrayed. As one worker told the Harbour Gazette, “They want us "
        "scared, and it is working.”",
    )
    assert [(r["speaker_kind"], r["quote"]) for r in rows] == [("unnamed", "“They want us scared, and it is working.”")]


def test_a_cue_under_when_followed_by_narration_introduces_nothing(nlp):
    rows = quote_rows_of(
        nlp, "When Mayor Ada Brenn told the crowd about the pier, the harbour fell silent. “Rebuild it now.”"
    )
    assert all(r["speaker"] != "Ada Brenn" or "Rebuild" not in r["quote"] for r in rows)
