"""The themes of a quote: those of its paragraph that the quoted words themselves touch."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.themes.scoring import Themes, ThemeScore, labels


def quote_labels(
    themes: Themes, doc: Doc, scores: Sequence[ThemeScore], start_char: int | None, end_char: int | None
) -> list[str]:
    """The themes of a quote: those of its paragraph that the quoted words touch, else all of the paragraph's.

    A quote about trade in a paragraph labelled trade and military is a trade quote; a quote with no theme words
    of its own keeps its paragraph's themes, since the paragraph is its context. A quote without offsets (a
    headline's) is read over the whole paragraph.
    """
    paragraph = labels(scores)
    if len(paragraph) < 2:
        return paragraph  # nothing to choose from
    size = len(text_of(doc))
    if start_char is None or end_char is None:
        start_char, end_char = 0, size
    span = doc.char_span(max(start_char, 0), min(end_char, size), alignment_mode="expand")
    if span is None:
        return paragraph
    touched = {s.theme for s in themes.score(span) if any(not t.startswith(("-", "parties: ")) for t in s.terms)}
    return [theme for theme in paragraph if theme in touched] or paragraph


def spanning_quote_labels(
    themes: Themes,
    docs: Mapping[int, Doc],
    scores: Mapping[int, Sequence[ThemeScore]],
    place: tuple[int, int | None, int | None, int | None],
) -> list[str]:
    """The themes of a quote at `place` (first paragraph, start_char, last paragraph, end_char): for a quote over
    several paragraphs, the union of what each paragraph's part of it gets by `quote_labels` (the first paragraph
    from the quote's start on, the last up to its end, those between whole), in the order the parts give them."""
    first, start, last, end = place
    last = first if last is None else last
    if last == first:
        return quote_labels(themes, docs[first], scores[first], start, end)
    found: list[str] = []
    for p in range(first, last + 1):
        size = len(text_of(docs[p]))
        part = (start, size) if p == first else (0, end) if p == last else (0, size)
        found += [t for t in quote_labels(themes, docs[p], scores[p], *part) if t not in found]
    return found
