"""Where the name of a person the recogniser missed starts in the run of capitalised words the parser set before its
last word: after the roles, titles and parties that open the run ("Tory MP Clive Arden"), or after the title that
follows the body it serves ("Commission Chair Helen Okonkwo", "Commission" no part of her name), and past the full stop
of an abbreviated rank the tokenizer keeps apart ("Col. Maren Voss": "Col" a title, "." no part of her name)."""

from __future__ import annotations

from spacy.tokens import Doc

from dashboard.analysis.names import TITLES
from dashboard.analysis.quotes.double_barrelled import one_hyphenated_name
from dashboard.analysis.quotes.kinds import ROLE_WORDS
from dashboard.analysis.quotes.roles import opens_no_name

#: Words of titles, which a person's name written after them never holds.
_TITLE_WORDS = ROLE_WORDS | TITLES


def untagged_name_start(doc: Doc, first: int, end: int) -> int:
    """The first token of the name that ends at token `end`, in the run of words from `first`: past the roles,
    titles and parties that open the run, else past the last title inside it."""
    start = first
    if one_hyphenated_name(doc, first, end):
        return first  # "Maalouf-Strand", its first part tagged an organisation
    while start < end and opens_no_name(doc[start]):
        start += 1  # "Tory MP Clive Arden", "United Nations Secretary-General Amara Osei": no part of the name
    if start == first:
        start = max((i + 1 for i in range(first, end) if doc[i].lower_ in _TITLE_WORDS), default=first)
    return _past_abbreviation_stop(doc, start, end)


def _past_abbreviation_stop(doc: Doc, start: int, end: int) -> int:
    """The start moved past the full stop of an abbreviated title just before it ("Col" "." of "Col. Maren Voss"),
    which the tokenizer splits off and no name opens with."""
    stop = 0 < start < end and doc[start].text == "." and not doc[start - 1].is_punct
    return start + 1 if stop else start
