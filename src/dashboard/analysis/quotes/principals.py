"""The affiliation of a person's staff: "Lula's chief foreign policy adviser, X," and "Erdogan's spokesman X" speak
for the office of the one they serve, whom the article tied to a country or body before ("Brazilian President Luiz
Inacio Lula da Silva"); a spokesman's own description names no organisation, only that person."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.affiliations import Found
from dashboard.analysis.quotes.countries import is_country
from dashboard.analysis.quotes.mentions import Mentions
from dashboard.analysis.quotes.organisations import INTERNATIONAL, STATE, organisation_type

#: Words of the staff of an office holder, who speak for the office ("spokesman", "aide", "press secretary").
STAFF_WORDS = words("spokesman spokeswoman spokesperson aide aides adviser advisor secretary")


def principal_affiliation(tokens: Iterable[Token], mentions: Mentions, p: int) -> Found | None:
    """The affiliation the article gave the person whose staff a description names ("Lula's adviser" -> Brazil),
    when the description is of staff and that affiliation is a country or a public body (a senator's state or party
    is no office their campaign staff serve); None otherwise."""
    tokens = list(tokens)
    if not any(t.lower_ in STAFF_WORDS for t in tokens):
        return None
    profiles = getattr(mentions, "profiles", {})
    for token in tokens:
        ent = mentions.entity(p, token) if token.dep_ == "poss" else None
        if ent is None or mentions.label(p, ent) != "PERSON":
            continue
        served = getattr(profiles.get(mentions.name_of(p, ent)), "affiliation", "")
        if organisation_type(served) in (STATE, INTERNATIONAL):  # a country or public body, no US state or party
            return Found(served, (token,), place=is_country(served))
    return None
