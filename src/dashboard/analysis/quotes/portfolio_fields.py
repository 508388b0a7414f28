"""A body noun that names the field a person is responsible for, not a body: "vice president for international
business", "professor of international business", "head of retail banking group" is none of them, but "for
international business" is a portfolio, as "for sales" is. A body the person works for is said with "the", "a" or an
owner ("for the family business", "of its investment bank", "at Ukraine's parliament"), or before the role as a
compound ("finance ministry spokesman"); after "for" or "of" with none of them, the noun names a field of work."""

from __future__ import annotations

from spacy.tokens import Token

#: Prepositions of a responsibility ("vice president for Y", "head of Y").
_OF_RESPONSIBILITY = frozenset({"for", "of"})
#: Mass nouns of a field of work that are body nouns too ("business" of a company).
_FIELD_NOUNS = frozenset({"business", "businesses"})


def names_a_field(token: Token) -> bool:
    """Whether a body noun is the object of "for" or "of" with no determiner or owner: a field of work ("vice
    president for international business"), no body."""
    bare = not any(c.dep_ in ("det", "poss") for c in token.children)
    return token.lower_ in _FIELD_NOUNS and token.dep_ == "pobj" and token.head.lower_ in _OF_RESPONSIBILITY and bare
