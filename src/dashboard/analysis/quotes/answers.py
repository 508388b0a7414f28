"""Answers in a question-and-answer passage: "At a news conference, he took four questions. Would the city return to
the table? “Our negotiators are available.”", "We put three questions to the minister, Ann Roe. Will officers seize
the traps? “Decisions are made on the water.”": a quotation with no cue right after a question of the narration is
the answer of the person the paragraph named last before that question."""

from __future__ import annotations

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.quotes.marks import QUOTE_MARKS
from dashboard.analysis.quotes.people import Speaker


def answering_person(cast, p: int, span: tuple[int, int]) -> Speaker | None:
    """The person who answers the question that the sentence right before the quotation `span` asks, when that
    sentence is a question outside quotation marks: the person named last in the paragraph before it."""
    sents = cast.sentences[p]
    before = [s for s in sents if 0 <= span[0] - s.end_char <= 2]
    if not before:
        return None
    question = before[-1]
    asked = text_of(question)
    if not asked.rstrip().endswith("?") or any(mark in asked for mark in QUOTE_MARKS):
        return None
    named = [name for (q, i), name, _ in cast.people if q == p and i < question.start and not cast.quoted((q, i))]
    if not named:
        return None
    speaker = cast.person(named[-1])
    return speaker if speaker is not None and speaker.name else None
