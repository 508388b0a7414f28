"""Nouns that only ever call a business, and so never a state's, a party's or a world body's office: "the company",
"the firm", "the airline", "the carmaker". A story may quote a regulator or an inspectorate after the company and then
go back to the company ("Solenne Cruises said … The Vessel Sanitation Office said … Passengers will be refunded, the
company said"): the office is no company, whatever spoke last. Not "the bank", "the fund", "the lender", "the
operator", "the utility" or "the broadcaster", by which a central bank, the IMF, a grid operator and a state
broadcaster are called as often."""

from __future__ import annotations

from dashboard.analysis.names import words
from dashboard.analysis.quotes.organisations import PUBLIC, organisation_type

_BUSINESS_ONLY = words("""
company firm airline carrier insurer reinsurer retailer manufacturer maker conglomerate concern
""")


def calls_only_businesses(noun: str) -> bool:
    """Whether "the <noun>" (a lemma) names only a business: "the company", "the airline", "the chipmaker"."""
    return noun in _BUSINESS_ONLY or noun.endswith("maker")


def public_body_called_business(name: str, noun: str) -> bool:
    """Whether `name` is a public body (a state's, a party's or a world body's) that "the <noun>" cannot mean."""
    return calls_only_businesses(noun) and organisation_type(name) in PUBLIC
