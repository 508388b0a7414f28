"""The "of" phrase of a hyphenated role that the parser split into words ("vice-president of human resources")."""

from __future__ import annotations

from spacy.tokens import Token


def of_phrase(noun: Token, end: int) -> Token | None:
    """The "of" that follows a role noun, or the last word of its hyphenated whole (which ends before `end`): the
    parser may make "vice" the head and hang "of human resources" on "president", a sibling, and the field then
    tells a company's officer from a state's vice-president."""
    words = (noun,) if end - 1 == noun.i else (noun, noun.doc[end - 1])
    return next((c for word in words for c in word.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
