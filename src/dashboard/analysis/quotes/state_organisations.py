"""Agencies of a state named "<country> … Organisation": "Indian Space Research Organisation", "Australian Nuclear
Science and Technology Organisation". A country's adjective (or name) opens the name and
"Organisation" closes it, as states name their agencies; a think tank or a university's centre so named would put
"Institute" or "Centre" last, and an intergovernmental body opens with "Organisation for/of". The field of research in
the name makes no think tank of it: its chairman and spokespeople are officials (its scientists and researchers
experts, by their own role words)."""

from __future__ import annotations

from dashboard.analysis.quotes.countries import country_of, is_country

_ORGANISATION = frozenset({"organisation", "organization"})


def is_state_organisation(tokens: list[str]) -> bool:
    """Whether the folded words of a name are a state's agency named "<country> … Organisation"."""
    tokens = tokens[1:] if tokens[:1] == ["the"] else tokens
    if len(tokens) < 3 or tokens[-1] not in _ORGANISATION:
        return False
    return bool(country_of(tokens[0])) or is_country(tokens[0])
