"""Lines a web page leaves between an article's paragraphs that the reader passes over: a label or a promotion with
no sentence in it ("Advertisement", "Read more: …", "WATCH | …", "Sign up for our newsletter", a byline, a
timestamp, a heading the reader did not mark as one), or a photo caption that ends in its credit ("… (Ann Lee/The
Gazette)"). Such a line says nothing and ends no quotation: a speaker's words go on past it ("“…,” she said. “…" then
"Advertisement" then "“…”" is one quote), and a quotation after it with no cue is still the last speaker's, as it is
after a heading, which the reader turns into a section and never makes a paragraph."""

from __future__ import annotations

import re
from collections.abc import Callable

from dashboard.analysis.quotes.marks import QUOTE_MARKS

#: A line of at most this many words with no final punctuation is a label, not a sentence cut short.
_LABEL_WORDS = 15
#: What ends a sentence, or a quotation that goes on.
_FINAL = tuple(".!?;:,\u201d\"'\u2019\u2026")
#: A photo credit closing a caption: "(Ann Lee/The Gazette)", "(Photo: Ann Lee)", "(Credit: Reuters)".
_CREDIT = re.compile(r"\((?:[^()/]{2,60}/[^()]{2,60}|(?:Photo|Photograph|Credit|Image)s?:[^()]{2,60})\)\s*$", re.I)

Rows = list[dict]


def debris_line(text: str) -> bool:
    """Whether a paragraph is a line of page debris (see the module docstring): no quotation mark in it, and either
    a short line with no final punctuation or a caption ending in a photo credit."""
    text = text.strip()
    if not text or any(mark in text for mark in QUOTE_MARKS):
        return False
    if text.endswith(")") and _CREDIT.search(text):  # a credit closes the line (most lines end otherwise: not searched)
        return True
    return len(text.split()) <= _LABEL_WORDS and not text.endswith(_FINAL)


def read_past_debris(join: Callable[[Rows, dict[int, str]], Rows], rows: Rows, texts: dict[int, str]) -> Rows:
    """What `join` makes of the rows when the lines of debris that gave no quote are taken out of the article, so
    that the paragraphs on either side of one are next to each other; the rows come back numbered as in the article
    (`paragraph` and `last_paragraph`)."""
    quoted = {r["paragraph"] for r in rows}
    skipped = {p for p, text in texts.items() if p not in quoted and debris_line(text)}
    if not skipped:
        return join(rows, texts)
    kept = [p for p in sorted(texts) if p not in skipped]
    inward = {p: i for i, p in enumerate(kept)}
    outward = dict(enumerate(kept))
    _renumber(rows, inward)
    joined = join(rows, {inward[p]: texts[p] for p in kept})
    _renumber(joined, outward)
    return joined


def _renumber(rows: Rows, numbers: dict[int, int]) -> None:
    for r in rows:
        for key in ("paragraph", "last_paragraph"):
            if key in r:
                r[key] = numbers.get(r[key], r[key])
