"""A body a noun named when it spoke before: "The utility says it needs $620 million … In a statement, the utility
said …" is the body the first "the utility" was, though another body named in between has the word in its name
("Citizens Utility Board", whose head is "Board")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dashboard.analysis.quotes.determiners import definite


def body_spoken_as(docs: list[Doc], p: int, noun: Token, spoke: list) -> str:
    """The institution that last spoke, before the noun (token of paragraph p), as "the" and the same noun; ""
    when none did. `spoke` holds the position of each speaker's subject and the speaker."""
    if not definite(noun):
        return ""
    lemma = noun.lemma_.lower()
    said = [
        speaker.name
        for (q, i), speaker in spoke
        if (q, i) < (p, noun.i)
        and speaker.kind == "institution"
        and docs[q][i].pos_ == "NOUN"
        and docs[q][i].lemma_.lower() == lemma
        and definite(docs[q][i])
    ]
    return said[-1] if said else ""
