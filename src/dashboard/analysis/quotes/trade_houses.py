"""A business called a house by its trade: "the trading house Kestrel Trading", "the auction house Harlow & Lisle",
"the fashion house Maison Verel". "house" alone names no body ("the house", a chamber or a home); with a lower-case
word of a trade before it, the name set beside it is a company's."""

from __future__ import annotations

from spacy.tokens import Token


def trade_house(noun: Token) -> bool:
    """Whether `noun` is "house" with a lower-case word of a trade compounded before it ("trading house")."""
    return noun.lower_ == "house" and any(c.dep_ == "compound" and c.text.islower() for c in noun.lefts)
