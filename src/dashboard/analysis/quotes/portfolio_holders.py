"""Holders of a portfolio of several fields joined by "and" ("Education and Early Childhood Development Minister
Claire LeBlanc said"), which the parser may read as two subjects: the first field and the name, joined."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import TITLES

#: Words that join the fields of a portfolio.
_JOINS = frozenset({"and", ",", "&"})


def portfolio_holder(subject: Token) -> Token | None:
    """The name a capitalised subject is joined to when all the words between them are capitalised fields, "and"
    and a title right before the name ("Education and … Development Minister Claire LeBlanc"); None otherwise."""
    if not subject.is_title or subject.ent_type_ == "PERSON":
        return None
    for name in (c for c in subject.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"):
        first = name
        while first.ent_iob_ == "I":  # the name's first word
            first = first.doc[first.i - 1]
        between = subject.doc[subject.i + 1 : first.i]
        titled = len(between) > 1 and between[-1].lower_ in TITLES
        if titled and all(t.is_title or t.lower_ in _JOINS for t in between):
            return name
    return None
