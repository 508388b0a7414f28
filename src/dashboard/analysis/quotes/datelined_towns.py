"""The town a local story is filed from, as the one "the city" stands for when it speaks: "PORT ELLIS, Maine — … the
city said …" is the government of Port Ellis, when the article names no "City of …" government (municipalities.py)
and names the dateline's place again in its own words ("Port Ellis's budget"), so that the story is about that place
and not merely filed from it. Only a dateline that gives the town's state or region, as local news does: a capital
alone ("WASHINGTON (AP) —") opens national news about any city."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.quotes.marks import dateline_end

#: How many paragraphs from the top a dateline may open (a title set as a paragraph of its own comes first).
_DATELINE_REACH = 2


def datelined_town(docs: list[Doc], p: int, before: int) -> str:
    """The place of the article's dateline as the article spells it in running text before token `before` of
    paragraph p ("Port Ellis" of "PORT ELLIS, Maine —"); "" when no dateline opens the article or its place is not
    named again."""
    for q, doc in enumerate(docs[:_DATELINE_REACH]):
        end = dateline_end(doc)
        if end:
            place = next((t for t in doc[:end] if t.is_punct), doc[end - 1])
            name = doc[: place.i].text  # a town with its state or region ("PORT ELLIS, Maine —"), not a capital alone
            local = place.text == "," and name.isupper()  # ("WASHINGTON (AP) —"), which files national news
            return _named_again(docs, q, end, (p, before), name) if local else ""
    return ""


def _named_again(docs: list[Doc], q: int, start: int, until: tuple[int, int], name: str) -> str:
    """The spelling of `name` (a dateline's place in capitals) in the text after token `start` of paragraph q and
    before `until`, other than in capitals; "" when none."""
    pattern = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
    for r in range(q, until[0] + 1):
        doc = docs[r]
        first = doc[start].idx if r == q and start < len(doc) else 0
        last = doc[until[1]].idx if r == until[0] and until[1] < len(doc) else len(text_of(doc))
        found = next((m.group() for m in pattern.finditer(text_of(doc), first, last) if not m.group().isupper()), "")
        if found:
            return found
    return ""
