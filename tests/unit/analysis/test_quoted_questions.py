"""The one who asks after a quoted question the parser hung on its opening mark, read as the cue's object: the
speaker, named by a description or unnamed (texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, quote_rows_of


def _asked(nlp, *paragraphs: str) -> list[tuple[str, str, bool, str]]:
    """(speaker, kind, direct, quote) of each quote of the last paragraph."""
    last = len(paragraphs) - 1
    rows = quote_rows_of(nlp, *paragraphs)
    return [(r["speaker"], r["speaker_kind"], r["direct"], r["quote"]) for r in rows if r["paragraph"] == last]


def test_a_description_after_an_inverted_asked_is_the_one_who_asked(nlp):
    assert _asked(
        nlp,
        "Odile Marchetti, a retired pilot who chairs the residents' group of Vellmoor, has spent a year fighting the"
        " plan to close the small airfield outside the village.",
        f"{L}What happens to the hangars now?{R} asked the retired pilot.",
    ) == [("Odile Marchetti", "other", True, f"{L}What happens to the hangars now?{R}")]


def test_an_unnamed_asker_after_a_quoted_question_is_an_unnamed_source(nlp):
    rows = _asked(nlp, f"{L}What happens to the runway now?{R} asked a farmer near the hangars.")
    assert [(speaker, kind, direct) for speaker, kind, direct, _ in rows] == [("", "unnamed", True)]
