"""A workplace named after the noun of its trade ("country manager at the Danish developer Skovhavn Wind"): the name
set beside the noun a person works "at" is the company's, however the recogniser tagged it, since one works at a
business and not at a person."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.quotes.trade_houses import trade_house


def named_after_workplace_noun(ent: Span) -> bool:
    """A name in apposition right after a lower-case noun that is the object of "at" ("at the developer X"), or after
    a trading or auction house the object of any preposition ("a spokesman for the trading house X")."""
    noun = ent.root.head
    return (
        ent.root.dep_ == "appos"
        and noun.i == ent.start - 1
        and noun.pos_ == "NOUN"
        and noun.text.islower()
        and noun.dep_ == "pobj"
        and (noun.head.lower_ == "at" or trade_house(noun))
    )
