"""A capital that sends an envoy or holds a ministry stands for its state: "Beijing's ambassador to Brasilia" serves
China, "Moscow's envoy to the UN" Russia, "Tehran's foreign minister" Iran, as news names a state by its capital. A
capital's own officers ("London's mayor", "Beijing's police chief") serve the city, and keep it."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.capitals import CAPITAL_STATES
from dashboard.analysis.quotes.lexicon import ENVOY_NOUNS

#: Titles a capital's possessive gives to a state's office, not the city's: its envoys, ministers and negotiators.
_STATE_OFFICES = ENVOY_NOUNS | {"minister", "negotiator"}


def state_of_capital(name: str, root: Token) -> str:
    """The state a capital stands for when its possessive ("Beijing's") owns an envoy's or minister's title; ""
    otherwise."""
    if root.dep_ != "poss" or root.head.lemma_.lower() not in _STATE_OFFICES:
        return ""
    return CAPITAL_STATES.get(name.casefold(), "")
