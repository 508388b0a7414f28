"""The organisation "the bank" (or "the company", "the agency") stands for when the last one named with that word is
only where a quoted person works: "The Reserve Bank of Australia is certain to hold rates. … said Kenji Mori, head of
rates at Larchmont Bank. … In its last statement, the bank said" is the Reserve Bank, which the story follows (it was
a clause's subject), not the employer of an expert quoted since, which never spoke or acted as itself. A body that
spoke or acted keeps "the <noun>" when it is the one named last. A part of `Institutions._org_named_before`
(institutions.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.determiners import definite

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People


def body_acting_over_employer(cast: People, p: int, token: Token, name: str) -> str:
    """The organisation with the noun's word that spoke or was a clause's subject before "the <noun>" (token of
    paragraph p), when `name`, the one it was taken to mean, is only a quoted person's employer; `name` otherwise."""
    if not name or not definite(token) or not any(prof.affiliation == name for prof in cast.profiles.values()):
        return name
    acted = [n for pos, n in sorted(cast.acted_organisations()) if pos < (p, token.i)]
    if name in acted:
        return name
    return cast.named_with_word(p, token, acted) or name
