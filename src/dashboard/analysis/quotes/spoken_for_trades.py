"""A company named by its trade after "a spokesman for the": "A spokesman for the trader, Ann Roe, said …", "a
spokeswoman for the miner, Ann Roe,". A trader or a miner may be a person, but one a spokesperson speaks for is the
company the article named; the name set off after it is the spokesperson's, not the trader's."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.firm_trades import trade_after
from dashboard.analysis.quotes.lexicon import SPOKESPEOPLE

#: Trades a company plies as well as a person.
_TRADES = words("miner trader producer refiner exporter importer operator developer")
#: The preposition of the one spoken for ("a spokesman for the trader").
_FOR = frozenset({"for"})


def company_spoken_for(noun: Token) -> bool:
    """Whether `noun` is "the <trade>" that a spokesperson speaks for ("a spokesman for the trader")."""
    return trade_after(noun, _TRADES, _FOR) and noun.head.head.lemma_.lower() in SPOKESPEOPLE


def last_acting_before(docs: list[Doc], orgs: list[tuple[tuple[int, int], str, str]], position: tuple[int, int]) -> str:
    """The organisation named last before `position` ((paragraph, token)) as a clause's subject ("Commodity trading
    house Y said …"), of the article's named organisations `orgs` ((paragraph, root token), name, label); not a bank
    named as an analyst's workplace since; "" when none was a subject."""
    subjects = [
        (pos, name)
        for pos, name, label in orgs
        if label == "ORG" and pos < position and docs[pos[0]][pos[1]].dep_ in ("nsubj", "nsubjpass")
    ]
    return max(subjects, default=((0, 0), ""))[1]
