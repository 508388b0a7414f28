"""The state body a noun of one means ("a ministry spokeswoman", "a spokesman for the department"): one that spoke
before, described by it ("The Ruritanian transport ministry said …"), or a body of the state named before; never a
company, bank or brokerage named in between, and none when the article names no such body."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.organisations import STATE, organisation_type
from dashboard.analysis.quotes.roles import noun_phrase

#: Nouns that name a body of the state by what it is.
STATE_BODY_NOUNS = words("""
ministry ministries department government agency bureau commission council cabinet embassy consulate regulator
treasury legislature parliament senate
""")
#: How many paragraphs back the body may have spoken.
_REACH = 3


def is_state_body_noun(token: Token) -> bool:
    """Whether a common noun names a body of the state ("ministry", "department")."""
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in STATE_BODY_NOUNS


def state_body_meant(docs: list[Doc], p: int, token: Token, organisations: list[str]) -> str:
    """The body a state-body noun means: one that spoke described with it, else the last of the organisations named
    before that is a body of the state ("the regulator's director" after "the Harbour Conduct Authority"); "" when
    none is."""
    if spoke := body_that_spoke(docs, p, token):
        return spoke
    return next((name for name in reversed(organisations) if organisation_type(name) == STATE), "")


def body_that_spoke(docs: list[Doc], p: int, token: Token) -> str:
    """The last body described with the token's noun that was the subject of a clause before it, in its paragraph or
    the few before ("The Ruritanian transport ministry said …" -> "Ruritanian transport ministry"); "" when none."""
    lemma = token.lemma_.lower()
    for q in range(p, max(p - _REACH, 0) - 1, -1):
        doc = docs[q]
        end = token.i if q == p else len(doc)
        subjects = [t for t in doc[:end] if t.lemma_.lower() == lemma and t.dep_ in ("nsubj", "nsubjpass")]
        described = [t for t in subjects if any(c.dep_ in ("amod", "compound") for c in t.lefts)]
        if described:
            return noun_phrase(described[-1])
    return ""
