"""Statements asked of someone rather than made: a cue in the infinitive after a noun of pressure or demand ("the
pressure on the mayor to explain …", "calls for the mayor to admit that …", "a demand from the union to explain why
…") names what someone is pressed to say, not what anyone said."""

from __future__ import annotations

from spacy.tokens import Token

#: Nouns of pressure whose "to" infinitive is asked of someone.
_PRESSING = frozenset({"pressure", "call", "demand", "push", "appeal", "plea", "request"})


def asked_of(verb: Token) -> bool:
    """Whether a cue verb is a "to" infinitive hung on a noun of pressure or demand."""
    head = verb.head
    pressed = verb.dep_ in ("acl", "advcl") and head.pos_ == "NOUN" and head.lemma_.lower() in _PRESSING
    return pressed and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
