"""A person brought in by "the" and told apart by a clause of their own: "The woman who runs the canteen on the wharf
says …" is someone new to the text, left unnamed, as "a woman who runs it" would be, whom a "she says" after may
mean; not "the woman, who …", set apart by a comma, which may be someone met before."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS


def told_apart_by_who(token: Token) -> bool:
    """Whether a singular noun for a person after "the" has a "who" clause right after it ("the woman who runs …")."""
    if token.tag_ != "NN" or token.lemma_.lower() not in PEOPLE_NOUNS or token.i + 1 >= len(token.doc):
        return False
    if not definite(token):
        return False
    who = token.doc[token.i + 1]
    return who.lower_ == "who" and who.dep_ in ("nsubj", "nsubjpass") and who.head.head == token
