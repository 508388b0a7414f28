"""Whether a noun is made definite by "the" ("the ministry said", "the retired nurse"), which the rules that resolve a
description to the person or body named before read before anything else."""

from __future__ import annotations

from spacy.tokens import Token


def definite(noun: Token) -> bool:
    """Whether "the" is the noun's determiner."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def common_noun(noun: Token) -> bool:
    """Whether a noun is a singular common noun, or a word in lower case the tagger took for a name ("says the
    veterinarian", "the skipper said"): no name is written so."""
    return noun.tag_ == "NN" or noun.tag_ == "NNP" and noun.is_lower
