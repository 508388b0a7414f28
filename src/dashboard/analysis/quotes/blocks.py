"""A quotation set off as a block: the paragraph after one that ends by announcing it ("In a speech last July, she
said:") holds, without quotation marks, the words said."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.quotes.marks import QUOTE_MARKS, word_count
from dashboard.analysis.quotes.quote import Quote
from dashboard.analysis.quotes.speakers import Speaker

#: A block must say at least this much; shorter lines after a colon are labels or list items.
MIN_WORDS = 4


def block_quote(text: str, sents: list[Span], announcer: Speaker | None) -> Quote | None:
    """The paragraph as what the announcer said, when one announced it and it has no quotation marks of its own
    (a paragraph that quotes is handled as quotations) and says something whole; None otherwise."""
    if announcer is None or any(mark in text for mark in QUOTE_MARKS) or "''" in text:
        return None
    start, end = len(text) - len(text.lstrip()), len(text.rstrip())
    if word_count(text) < MIN_WORDS or text[start:end].endswith(":"):
        return None
    return Quote(announcer, "say", [(start, end)], True, sents)
