"""A party's key, its name without stop words, and whether two keys name the same party ("Mexico" and "Mexican")."""

from __future__ import annotations

from spacy.tokens import Span


def party_key(ent: Span) -> str:
    """A party's name without its stop words ("the United States" -> "united states"); "US" is one of them."""
    words = [t for t in ent if not t.is_punct]
    return " ".join(t.lower_ for t in words if not t.is_stop) or " ".join(t.lower_ for t in words)


def same_party(a: str, b: str) -> bool:
    """Whether two keys name one party: the same, or the shorter (four letters or more) the stem of the longer."""
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= 4 and long.startswith(short[:-1]))
