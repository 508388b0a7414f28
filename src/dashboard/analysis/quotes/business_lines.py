"""The heads of a bank's deals and of its lines of business, who run what the bank sells and comment on no market
(GUIDELINES: analysts and strategists are analysts; executives are `other`). A bank's strategists, economists and
heads of research speak as experts, and so do the heads of its desks ("head of FX strategy", "head of rates"); but
"head of equity capital markets" arranges listings and takeovers, and "head of digital", "head of retail banking",
"head of payments" or "chief digital officer" run products the bank sells to its customers, as a carmaker's head of
sales does. A role that names the line together with a word of expertise ("head of payments research") stays an
expert's."""

from __future__ import annotations

import re

#: A bank's deal-making functions, whose heads arrange listings and takeovers and comment on no market.
_DEALMAKING = re.compile(r"\b(?:capital markets|investment banking|mergers|m&a|corporate finance|origination)\b")
#: A bank's lines of business and the functions that sell to or serve its customers.
_BUSINESS_LINES = re.compile(
    r"\b(?:digital|retail|consumer|personal banking|business banking|payments?|cards?|mortgages?|lending|"
    r"customers?|partnerships?|innovation|branch(?:es)?|operations|marketing|communications|products?)\b"
)
#: Words that head such a line ("head of", "director of", "chief digital officer", "digital director").
_HEADS = re.compile(r"\b(?:head|heads|director|chief|manager|officer|lead)\b")
#: Words of expertise that keep the head of a line an expert ("head of payments research").
_EXPERTISE = re.compile(r"\b(?:research|strateg\w*|economi\w*|analy\w*|markets?)\b")


def runs_deals(role: str) -> bool:
    """Whether the role runs a bank's deals ("head of equity capital markets", "head of M&A")."""
    return bool(_DEALMAKING.search(role.casefold()))


def runs_a_business_line(role: str) -> bool:
    """Whether the role heads a line of business a bank sells to its customers ("head of digital", "chief digital
    officer", "head of retail banking"), with no word of expertise in it."""
    text = role.casefold()
    return bool(_BUSINESS_LINES.search(text) and _HEADS.search(text)) and not _EXPERTISE.search(text)
