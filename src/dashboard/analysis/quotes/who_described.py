"""A noun of a body that what describes it makes a person: "said an operator at one of the firm's depots, who asked
not to be named" is an unnamed worker, not a body called "operator", and the "he" after may stand for him; "the former
publisher says" after a paper's old owner was named is that man, not the chain that owns the paper now, and "a former
regulator" is someone who worked at one, no regulator itself."""

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


#: Body nouns that also name the person at the head of one, or who worked at one.
_ALSO_PEOPLE = frozenset({"publisher", "regulator", "broadcaster"})


def post_held_once(noun: Token) -> bool:
    """ "the former publisher", "a retired regulator": a person who held a post once, which "former" or "retired"
    says of a noun that names such a person as well as a body."""
    return noun.lemma_.lower() in _ALSO_PEOPLE and any(
        c.dep_ == "amod" and c.lower_ in ("former", "retired") for c in noun.children
    )
