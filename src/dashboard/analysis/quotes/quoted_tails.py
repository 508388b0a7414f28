"""Reported speech whose last words stand in quotation marks ("The ferry is “far too costly,” Reyl said."): a
quotation with no cue after its sentence is more of that speaker's quoted words, with no new cue, so one quote with it
(GUIDELINES: consecutive quoted sentences of one speaker without a new cue form one quote). Reported speech with no
words in marks is not joined so: the quotation after it is a quote of its own, as the gold of the business stories
lists it."""

from __future__ import annotations

import re

from dashboard.analysis.quotes.marks import QUOTE_MARKS
from dashboard.analysis.quotes.quote import Quote

#: A closing mark right after the last reported word, past the punctuation the quote leaves out ("…costly," Reyl).
_CLOSED_AFTER = re.compile("[,.;:!?]*(\u201d|\"|'')")


def ends_in_quoted_words(text: str, quote: Quote) -> bool:
    """Whether reported speech ends with words in quotation marks: its last part holds a quotation mark and a closing
    mark follows its last word."""
    start, end = quote.parts[-1]
    return any(mark in text[start:end] for mark in QUOTE_MARKS) and bool(_CLOSED_AFTER.match(text, end))
