"""Names inside a person's description that name no body the person speaks for: a street they work on ("the store
on Main Street") and the field of the work a role heads ("head of FX research at Banque Lumiere")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.quotes.lexicon import BODY_NOUNS, WAY_WORDS

_ALONG = frozenset({"on", "along", "off", "near", "down", "up", "in"})


def on_a_street(ent: Span) -> bool:
    """ "the store on Main Street": a place where someone is, not whom they speak for ("a Downing Street aide" is)."""
    head = ent.root.head
    return ent[-1].lower_.rstrip(".") in WAY_WORDS and ent.root.dep_ == "pobj" and head.lower_ in _ALONG


def names_a_field(tokens: tuple[Token, ...]) -> bool:
    """ "head of FX research at Banque Lumiere": a name that only says the field of the work that a role heads, which
    names its body only when no other is named after it."""
    last = tokens[-1]
    field = last.head if last.dep_ == "compound" and last.head.i > last.i else None
    return field is not None and field.text.islower() and field.lemma_ not in BODY_NOUNS and field.dep_ == "pobj"
