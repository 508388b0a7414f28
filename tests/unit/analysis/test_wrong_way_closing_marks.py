"""An opening curly mark set where the closing one belongs ("“We will win,“ she said"): it closes the quotation, so the
words are a direct quote of the speaker of the cue after it, and what follows is no quotation of its own (texts of
our own)."""

from __future__ import annotations

from dashboard.analysis.quotes.marks import quotation_spans
from tests.quoting import L, R, quote_rows_of

_INTRO = "Governor Lena Marsh of Tarvania spoke in Port Elsby on Monday."


def _direct(nlp, text: str) -> list[tuple[str, bool, str]]:
    return [(r["speaker"], r["direct"], r["quote"]) for r in quote_rows_of(nlp, _INTRO, text) if r["paragraph"] == 1]


def test_a_mark_facing_the_wrong_way_closes_the_quotation():
    text = f"{L}The ferries will run on time,{L} Marsh said on Monday."
    assert quotation_spans(text) == [(0, text.index(" Marsh"))]


def test_the_quotation_is_the_speakers_direct_quote(nlp):
    text = f"{L}The ferries will run on time,{L} Marsh said on Monday."
    assert _direct(nlp, text) == [("Lena Marsh", True, f"{L}The ferries will run on time,{L}")]


def test_a_question_closed_the_wrong_way_is_asked_directly(nlp):
    text = f"{L}Will the ferries run on time?{L} Marsh asked."
    assert _direct(nlp, text) == [("Lena Marsh", True, f"{L}Will the ferries run on time?{L}")]


def test_the_next_quotation_joins_the_first(nlp):
    text = f"{L}Not this winter,{L} she said. {L}A bridge will not be built.{R}"
    assert _direct(nlp, text) == [("Lena Marsh", True, f"{L}Not this winter,{L} {L}A bridge will not be built.{R}")]


def test_an_opening_mark_before_a_word_still_opens_a_quotation():
    text = f"{L}Not this winter,{R} she said. {L}A bridge will not be built.{R}"
    assert quotation_spans(text) == [(0, text.index(" she")), (text.index(f"{L}A"), len(text))]
