"""A noun of a body that a "who" describes is a person: "said an operator at one of the firm's depots, who asked not
to be named" is an unnamed worker, not a body called "operator", and the "he" after may stand for him."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import BODY_NOUNS
from dashboard.analysis.quotes.subjects import introduced_by_a


def person_by_who(token: Token) -> bool:
    """Whether a singular body noun brought in by "a" or "an" ("an operator", "a carrier") is described by a "who"
    clause in its own words, whose antecedent is no person the recogniser named ("an operator at a depot near Leeds,
    who asked not to be named", the parser hanging the clause on the place)."""
    if token.lemma_.lower() not in BODY_NOUNS or token.tag_ != "NN" or not introduced_by_a(token):
        return False
    return any(
        t.lower_ == "who"
        and t.dep_ in ("nsubj", "nsubjpass")
        and t.head.dep_ == "relcl"
        and t.head.head.ent_type_ != "PERSON"
        for t in token.subtree
    )
