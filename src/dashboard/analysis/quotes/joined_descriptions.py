"""A second description joined to a person's first by "and" ("the principal investigator of the trial and a
neurologist at Y", "the report's lead author and a glaciologist at Y"): the parser hangs it on the first as a
conjunct, which the words of a description leave out as an aside, so where the second says the person works would be
lost. Only a conjunct that opens with its own article and says where the person works ("at Y", "of Y") is a second
description; "president and chief executive of Y" is one title, read whole, and "a lobbyist and a former congressman
from Y" or "the case and the lawsuit" tie the person to no employer."""

from __future__ import annotations

from spacy.tokens import Token

#: Articles that open a second description of the same person.
_ARTICLES = frozenset({"a", "an", "the"})
#: Prepositions of where a person works.
_WORKPLACE_PREPS = frozenset({"at", "of", "with", "for"})


def second_descriptions(noun: Token) -> list[Token]:
    """The nouns of the descriptions joined to a role noun by "and", each opening with its own article and naming
    where the person works."""
    return [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN" and _opens_and_places(c)]


def _opens_and_places(noun: Token) -> bool:
    """Whether a noun opens with an article and has a phrase of where one works ("a professor at Y")."""
    opened = any(d.dep_ == "det" and d.lower_ in _ARTICLES for d in noun.children)
    return opened and any(c.dep_ == "prep" and c.lower_ in _WORKPLACE_PREPS for c in noun.children)
