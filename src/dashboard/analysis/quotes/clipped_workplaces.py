"""A workplace named short after a role: "Ines Roe, a senior director at Merriden," after "Merriden Ratings placed the
rating on review". The recogniser tags the lone word a place, a building or an organisation of its own; the person
works at the organisation the article named in full, which says what it is (a rating agency, whose staff are analysts).
Only one word that no country goes by, the object of "at" after a role noun, and only when the article names an
organisation with that word first, so "a professor at Cambridge" with no such name stays where it was."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.quotes.clipped_owners import named_in_full, organisation_clipped
from dashboard.analysis.quotes.countries import is_country
from dashboard.analysis.quotes.mentions import Mentions


def workplace_in_full(ent: Span, name: str, mentions: Mentions) -> str:
    """The full name of the organisation a one-word workplace after "at" is short for, or `name` as it was."""
    if len(ent) != 1 or ent.root.dep_ != "pobj" or ent.root.head.lower_ != "at":
        return name
    role = ent.root.head.head
    if role.pos_ != "NOUN" or role.i > ent.start or is_country(ent.text):
        return name
    full = organisation_clipped(name, mentions) or name  # the word itself when the recogniser tagged it alone
    return named_in_full(name, mentions) or full if full == name else full
