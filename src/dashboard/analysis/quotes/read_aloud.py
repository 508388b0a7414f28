"""Reading aloud: a person who reads words out ("“…,” Ann Lee read", "she read from the statement") is quoted, as
one who says them is; a sign, a document or an institution that "reads" is no speaker, nor is one who "read the
report" (reading to oneself)."""

from __future__ import annotations

from spacy.tokens import Token


def read_by_a_person(token: Token) -> bool:
    """ "“…,” Ann read" with "read" tagged a noun: a cue when the person's name or pronoun right before it is its
    subject."""
    if token.pos_ != "NOUN" or token.lower_ != "read" or token.i < 2:
        return False
    return any(c.dep_ == "nsubj" and c.i == token.i - 1 and _reader(c) for c in token.children)


def not_read_aloud(verb: Token, subject: Token) -> bool:
    """Whether a cue "read" reports no one speaking: its subject no person, or its object what was read."""
    if verb.lemma_.lower() != "read":
        return False
    return not _reader(subject) or any(c.dep_ == "dobj" for c in verb.children)


def _reader(subject: Token) -> bool:
    """A person who can read words aloud ("Ann Lee", "she"), not a sign, a document or an institution."""
    return subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she")
