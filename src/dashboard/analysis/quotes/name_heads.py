"""The word a name's other words hang on: the parser makes the last word of "Ann Ross" the head and "Ann" its
compound (or flat) part, so the name's role in its sentence (subject, apposition, object) is the head's."""

from __future__ import annotations

from spacy.tokens import Token


def name_head(token: Token) -> Token:
    """The head of the name a word belongs to ("Ann" of "Ann Ross" -> "Ross"); the word itself when nothing after it
    takes it as a compound or flat part."""
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    return token
