"""Whether a noun is made definite by "the" ("the ministry said", "the retired nurse"), which the rules that resolve a
description to the person or body named before read before anything else."""

from __future__ import annotations

from spacy.tokens import Token


def definite(noun: Token) -> bool:
    """Whether "the" is the noun's determiner."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
