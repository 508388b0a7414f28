"""Whether a name is a central bank's: a known central bank ("the Federal Reserve"), "Bank of <country>" (not the
commercial banks so named), "National Bank of <country>", or any bank a name calls central."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from dashboard.analysis.quotes.countries import is_country
from dashboard.analysis.quotes.organisation_names import CENTRAL_BANKS, national_bank_of
from dashboard.analysis.quotes.whole_phrases import has_phrase, phrase_pattern

_WORD = re.compile(r"[\w&'.-]+")
#: Commercial banks named "Bank of <country>", unlike the central banks named so ("Bank of Greece").
_COMMERCIAL_BANKS_OF = ("america", "ireland", "scotland", "china", "cyprus", "india", "baroda", "east asia")


def is_central_bank_name(text: str) -> bool:
    """Whether a folded name (words joined by single spaces) is a known central bank's or "Bank of <country>"."""
    return _named(text) or bank_of_a_country(text)


def is_central_bank(name: str) -> bool:
    """Whether a name is a central bank's ("the Federal Reserve", "Bank of Greece"), or any bank a name or description
    calls central ("Central Reserve Bank of Peru", "the country's central bank"): the one test of a governor's or a
    chair's bank."""
    text = " ".join(_WORD.findall(name.casefold()))
    central = {"central", "bank"} <= set(text.split())
    return central or _named(text) or bank_of_a_country(text) or _bank_of_one_name(text)


def central_bank_named(noun: Token, names: Iterable[str]) -> str:
    """ "the central bank said", "New Zealand's central bank said": the one central bank the article names by its
    name ("Reserve Bank of New Zealand"), before or after; "" when it names none or several."""
    if not is_central_bank_noun(noun):
        return ""
    banks = {n for n in names if n[:1].isupper() and is_central_bank(n) and n.casefold() != "central bank"}
    return banks.pop() if len(banks) == 1 else ""


def is_central_bank_noun(noun: Token) -> bool:
    """Whether a noun is "bank" called central ("the central bank", "Calderia's central bank"): a body of its state
    whose possessive names its country, whatever the recogniser took that for, and never a lender named before it."""
    return noun.lemma_.lower() == "bank" and any(c.dep_ == "amod" and c.lower_ == "central" for c in noun.children)


def bank_of_a_country(text: str) -> bool:
    """ "Bank of Greece", "the Bank of Ghana": a central bank, unless a commercial bank is so named."""
    name = text.removeprefix("the ")
    country = name.removeprefix("bank of ")
    central = name.startswith("bank of ") and is_country(country) and country not in _COMMERCIAL_BANKS_OF
    return central or national_bank_of(name)  # "the National Bank of Poland"


def _bank_of_one_name(text: str) -> bool:
    """ "Bank of Estmark": a bank named "Bank of" and one word, as central banks are after their countries, which no
    list may know; a governor or a chair of it is the central bank's. Not a type of its own ("Bank of Montreal" is a
    lender), only the test of the body such a title serves."""
    name = text.removeprefix("the ")
    rest = name.removeprefix("bank of ").split()
    return name.startswith("bank of ") and len(rest) == 1 and rest[0] not in _COMMERCIAL_BANKS_OF


_CENTRAL_BANKS = phrase_pattern(CENTRAL_BANKS)


def _named(text: str) -> bool:
    """Whether one of the known central banks' names stands in the text as whole words."""
    return has_phrase(text, _CENTRAL_BANKS)
