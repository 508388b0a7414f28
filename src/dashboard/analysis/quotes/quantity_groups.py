"""A quantity of people as the subject of a cue: "a number of writers suggested …", "a majority of voters believe …",
"a high share of owners warned …". The subject's head is the quantity, which names no one; the people after its "of"
are who spoke, so the cue reports their speech as "writers suggested" would. Not a quantity of things ("a number of
studies suggest …")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import DOCUMENT_NOUNS

#: Nouns of a quantity or a part of a group.
_QUANTITIES = frozenset(
    {"number", "handful", "majority", "minority", "percentage", "share", "proportion", "plurality", "lot", "host"}
)


def quantity_of_people(subject: Token) -> bool:
    """Whether the subject is a quantity noun with "of" and a plural that names no document after it."""
    if subject.lemma_.lower() not in _QUANTITIES:
        return False
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return group is not None and group.tag_ == "NNS" and group.lemma_.lower() not in DOCUMENT_NOUNS
