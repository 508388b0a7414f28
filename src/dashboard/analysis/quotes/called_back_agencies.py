"""The international agency "the agency's" means when the article named one before and no state body fits the noun.

"The Food and Agriculture Organization said … X, the agency's senior forecaster, said": news calls a UN agency or
another international body's agency back by "the agency" though its name ends in "Organization", "Programme" or "Fund"
or is initials, so no word of the name says "agency". When the article so far has named exactly one such agency, the
noun is that agency, however far back; with two named (the World Food Programme and UNICEF) it could be either and
this says nothing. A state's agency that fits the noun is `state_bodies.py`'s, asked first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.organisations import INTERNATIONAL, is_agency, organisation_type

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People


def international_agency_called_back(cast: People, p: int, token: Token) -> str:
    """The one international agency the article named before `token` of paragraph `p`, when `token` is "the agency";
    "" otherwise (another noun, "an agency", no such agency or two of them named)."""
    if token.lemma_.lower() != "agency" or not definite(token):
        return ""
    named = {name for pos, name, label in cast.orgs if pos < (p, token.i) and label == "ORG"}
    agencies = [name for name in named if organisation_type(name) == INTERNATIONAL and is_agency(name)]
    return agencies[0] if len(agencies) == 1 else ""
