"""A title of office right before a name, or a title the name is set beside ("Its president, X,"), outweighs a
description after the name that gives the person's trade and ties them to no body: "Finance Minister X, an economist
by training," speaks as a minister, "Union president X, a doctoral student in chemistry," and "Its president, X, a
professor of history," as the union's president; the trade says what the person is besides, not in what office they
speak. A description that names a body of its own ("X, a fellow at Y") keeps its place; so does one after a title of
no office ("Dr. X, a surgeon"), one after a past office, which may say the present ("Former minister X, now a
lawmaker,"), and one that is no trade ("Councillor X, her cousin,"), which a later "her cousin says" may need."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.quotes.kinds import ANALYST_WORDS, EXECUTIVE_WORDS, OFFICE_WORDS, OTHER_WORDS, PUBLIC_WORDS
from dashboard.analysis.quotes.lexicon import PAST_POST_WORDS

#: Words of an office a title before a name gives ("Minister", "president", "Sen.", "chief executive").
OFFICES = OFFICE_WORDS | PUBLIC_WORDS | EXECUTIVE_WORDS
#: Nouns of trades and professions a description after the name may give ("an economist", "a nurse").
_TRADES = ANALYST_WORDS | OTHER_WORDS
#: Words that make a title one held before.
_PAST = PAST_POST_WORDS | {"retired", "then", "late"}


def office_title_before(root: Token, ent: Span, description: Token) -> bool:
    """Whether the name has a title of office held now right before it ("Finance Minister X") or is set beside one
    before it ("its president, X"), and the description after it (`description`) gives a trade."""
    if description.lemma_.lower() not in _TRADES and description.lower_ not in _TRADES:
        return False
    if (held := office_held_before(root, ent)) is not None:
        return held
    doc, head = ent.doc, root.head
    beside = root.dep_ == "appos" and head.i < root.i and head.pos_ == "NOUN" and head.lower_ in OFFICES
    return beside and not _past(doc[head.left_edge.i : head.i])


def office_held_before(root: Token, ent: Span) -> bool | None:
    """Whether the title of office right before the name ("Senator X", "City Council member X") is one held now, not
    a past one ("Former Senator X"); None when no title of office stands there. A member is one of a body the title
    names ("Brenton City Council member X"), not a bare "member" or "board member"."""
    doc, before = ent.doc, ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is None or before.head.i < ent.start:
        return None
    word = before.lower_.rstrip(".")
    if word not in OFFICES and not (word == "member" and before.i > 0 and doc[before.i - 1].is_title):
        return None
    return not _past(doc[min(root.left_edge.i, before.left_edge.i) : ent.start])


def _past(words: Span) -> bool:
    """Whether the words of a title make it one held before ("Former foreign minister")."""
    return any(t.lower_ in _PAST for t in words)
