"""Trades that a firm and a person both ply, named before a firm after a preposition of a workplace: "director of the
pollster Sondara Research", "an economist at the broker Kelmar Securities". Alone, "the pollster X" may be a person
("the pollster Ann Ross said"); as the place someone works at or heads, it is the firm, whose name the recogniser
tagged an organisation and which is no person to describe."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: Trades of a firm that are a person's as well ("the pollster", "the broker"; in the commodity trades "the miner",
#: "the trader", "the producer" and "the refiner": "chief executive of the Australian miner Y").
FIRM_TRADES = words("pollster broker consultant auditor miner trader producer refiner")

#: Prepositions that name the body one works at or heads ("director of", "analyst at", "adviser with").
_WORKPLACE_PREPOSITIONS = frozenset({"of", "at", "with"})


def firm_of_a_workplace(noun: Token) -> bool:
    """Whether `noun`, which a name is set beside, is a firm's trade after a preposition of a workplace ("of the
    pollster X"), so that the name is the firm's."""
    return trade_after(noun, FIRM_TRADES, _WORKPLACE_PREPOSITIONS)


def trade_after(noun: Token, trades: frozenset[str], prepositions: frozenset[str]) -> bool:
    """Whether `noun` is "the" and one of `trades`, the object of one of `prepositions` ("of the pollster")."""
    return (
        noun.lemma_.lower() in trades
        and noun.dep_ == "pobj"
        and noun.head.lower_ in prepositions
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    )
