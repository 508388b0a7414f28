"""Where the sentence of a description after a quotation begins, for what stands "right before" it: a quotation of
several sentences ("“That’s a matter for them. We’ve got enough to think about,” the left-hander said") is split by
the parser into sentences of its own, and the description's sentence then begins inside the quotation, though what
the writer set before it is the sentence before the opening mark."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.marks import CLOSING_MARKS, OPENING_CURLY


def sentence_start(noun: Token) -> int:
    """The index of the opening mark of the quotation a description's sentence closes ("“…,” the coach said"), when
    its sentence begins inside that quotation; else the index where its sentence begins."""
    doc, start = noun.doc, noun.sent.start
    if start == 0 or doc[start].text == OPENING_CURLY:
        return start
    for i in range(start - 1, -1, -1):
        if doc[i].text == OPENING_CURLY:
            return i
        if doc[i].text in CLOSING_MARKS:
            break
    return start


def follows(sentence_end: int, noun: Token) -> bool:
    """Whether a sentence ending at `sentence_end` is the one right before a description's sentence (see the module's
    docstring); an opening mark the parser left at the end of the sentence before counts as the quotation's."""
    start = sentence_start(noun)
    return sentence_end == start or sentence_end == start + 1 and noun.doc[start].text == OPENING_CURLY
