"""A company the recogniser took for a place, named short before a possessive and a company's office ("Trenholm's
finance director" after "Trenholm Logistics"): the owner of the office is the company the article named in full, not
a place "Trenholm". Only a name no country goes by, and only before an office that a company has and a town or state
hardly does (a finance director, a chief executive, a founder), so "Boston's mayor" stays the city's."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.countries import is_country

#: Offices of a company that the possessive owner of, tagged a place, means the company of.
_COMPANY_OFFICES = words("""
executive ceo cfo coo founder co-founder chairman chairwoman chairperson director officer counsel
""")


def company_owner_tagged_place(ent: Span, head: Token | None) -> bool:
    """Whether `ent`, tagged a place and followed by the possessive `head`, owns a company's office: "Trenholm's
    finance director", "Trenholm's chief executive"."""
    if head is None or head.tag_ != "POS" or len(ent) != 1 or is_country(ent.text):
        return False
    office = ent.root.head
    return office.i > head.i and office.lemma_.lower() in _COMPANY_OFFICES
