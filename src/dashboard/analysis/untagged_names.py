"""Words of a name that the recogniser left out of every entity: a capitalised proper noun no entity holds, and the
capitalised words a tagged name should have started with."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.makers import COMPANY_MAKERS

#: Trades that a wire sets, capitalised, before a company's name where its own words start after a dateline ("TOKYO
#: (Reuters) - Chipmaker Y said", "- Retailer Y said"): the trade, never a word of the name.
_TRADES = COMPANY_MAKERS | {"lender", "insurer", "reinsurer", "retailer", "airline", "carrier", "utility"}
_TRADES |= {"conglomerate", "miner", "refiner", "shipbuilder", "brokerage"}


def untagged_name_word(token: Token) -> bool:
    """A capitalised proper noun of letters that no entity holds: a word of a name the recogniser missed."""
    return token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper() and not token.ent_type_


def written_as_name(token: Token) -> bool:
    """A word written as a name: capitalised ("Hale"), or a surname with a capital inside ("MacAskill", "LeBlanc")."""
    text = token.text
    return token.is_title or text.isalpha() and text[:1].isupper() and text[1:2].islower()


def untagged_start(ent: Span) -> int:
    """Where a name starts with the capitalised words before it that the recogniser left out ("Energia" of "utility
    Energia Atlantica" when only "Atlantica" was tagged), short of a company's trade ("Chipmaker" of "Chipmaker Y")."""
    start = ent.start
    while start > 1 and (word := ent.doc[start - 1]).pos_ == "PROPN" and word.is_title and not word.ent_type_:
        if word.dep_ != "compound" or word.head not in ent or word.lower_ in _TRADES:
            break
        start -= 1
    return start
