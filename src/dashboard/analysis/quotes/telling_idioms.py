"""Idioms built on "tell" in which no one tells anything: "All told, …" and "Only time will tell …"."""

from __future__ import annotations

from spacy.tokens import Token


def idiom_of_telling(verb: Token, subject: Token) -> bool:
    """ "All told, 5 million people could …" (in all) and "Only time will tell if …": no one tells anything."""
    if verb.lemma_.lower() != "tell":
        return False
    return subject.lower_ == "all" and subject.i == verb.i - 1 or subject.lemma_.lower() == "time"
