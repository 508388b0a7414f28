"""Bodies named by their nouns that speak together ("the company and the government said", "The ministry and the
police said"): no one of them said it alone, and no name tells the pair, so they are a group left unnamed, as the
guidelines keep a statement of two bodies at once."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import BODY_NOUNS
from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.roles import noun_phrase


def bodies_together(token: Token, found: Speaker) -> Speaker:
    """An unnamed group for a body noun joined by "and" to another body noun as the subject of a cue; `found` (the
    body of the first noun alone) otherwise."""
    if found.kind != "institution" or token.pos_ != "NOUN" or token.lemma_.lower() not in BODY_NOUNS:
        return found
    partners = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.lemma_.lower() in BODY_NOUNS]
    joined = any(c.dep_ == "cc" and c.lower_ == "and" for c in token.children)
    if not partners or not joined:
        return found
    return Speaker("", "unnamed", f"{noun_phrase(token)} and {noun_phrase(partners[0])}", plural=True)
