"""Where a noun's phrase starts: its leftmost modifier after a leading determiner (not a list of names hung on it
before a comma), and the words of a hyphenated word the parser split ("vice" of "vice-president", all of
"editor-in-chief")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.doc_text import doc_span
from dashboard.analysis.quotes.marks import dateline_end


def hyphenated_start(noun: Token) -> Token:
    """The first word of a hyphenated noun the parser split ("vice" of "vice-president"); the noun itself when it
    is whole."""
    first = hyphenated(noun)[0]
    return first if first.is_alpha else noun


def hyphenated(token: Token) -> list[Token]:
    """The words of a title written with hyphens and no space ("vice-president", "editor-in-chief") that a token is
    part of, in order; the token alone when it is part of none."""
    doc, start, end = token.doc, token.i, token.i
    while (
        start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_
    ):
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
        end += 2
    return list(doc_span(doc, start, end + 1))


#: Last words of hyphenated titles of people who make a work ("co-author of <a book>"): the "of Y" after them names
#: the work, no organisation of theirs.
_MAKERS_OF_WORKS = frozenset({"author", "authors", "writer", "writers", "editor", "editors", "creator", "creators"})


def hyphenated_office_end(noun: Token) -> Token:
    """The last word of a hyphenated title the parser split ("president" of "vice-president", "founder" of
    "co-founder"), which may hold the "of Y" naming the speaker's organisation; the noun itself when it is whole or
    the title is a maker's of a work ("co-author")."""
    last = hyphenated(noun)[-1]
    return last if last.is_alpha and last.lower_ not in _MAKERS_OF_WORKS else noun


def phrase_start(noun: Token, *, within_sentence: bool) -> int:
    """Where a noun's phrase starts: its leftmost modifier, after a leading determiner; `within_sentence` keeps it
    from reaching into an earlier sentence when a parse hangs words of one on the noun."""
    doc = noun.doc
    start = min([t.i for c in noun.lefts if c.dep_ not in ("punct", "cc") for t in c.subtree], default=noun.i)
    if within_sentence:
        start = max(start, noun.sent.start)
    if start < 14:  # never into a dateline the parser hung on the noun ("DOHA (Reuters) - Qatar's …")
        start = max(start, min(dateline_end(doc), noun.i))
    before = doc_span(doc, start, noun.i)
    listed = [t.i for t in before if t.text == ","]  # "the borders with Ostland and Rivia, Zambia’s
    if listed and any(c.dep_ == "nmod" and c.pos_ == "PROPN" for c in noun.lefts):  # health ministry": a list of
        start = listed[-1] + 1  # names the parser hung on the noun before a comma is no part of its phrase
    while start < noun.i and doc[start].dep_ in ("det", "predet", "punct"):
        start += 1
    return start
