"""Capitals named as where people or goods go or come from ("flights to Dakar and Lisbon were cancelled", "trains from
Minsk were delayed"): a place on a journey, not the state doing the verb after it."""

from __future__ import annotations

from spacy.tokens import Doc

#: Words before a place that make it where someone or something goes or comes from.
MOTION = frozenset(["to", "from", "into", "via"])


def destination(tokens: Doc, start: int, offset: int) -> bool:
    """Whether the name at `start` ends a journey: after "to", "from", "into" or "via", alone or last in a list of
    names ("to Dakar and Lisbon")."""
    i = start - 1
    while i >= offset and (tokens[i].lower_ in ("and", ",") or tokens[i].pos_ == "PROPN"):
        i -= 1
    return i >= offset and tokens[i].lower_ in MOTION
