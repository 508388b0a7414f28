"""Customs services named by the state whose borders they keep ("Singapore Customs", "Malaysian Customs", "Korea
Customs Service", "U.S. Customs and Border Protection", "HM Revenue and Customs"): a state's body, which speaks as
itself and whose director-general holds a public office, though the name holds no word of a ministry or an agency. A
firm that only calls itself "Customs" ("West Coast Customs", a car shop; "Orvik Customs Brokers") names no state."""

from __future__ import annotations

from dashboard.analysis.quotes.countries import country_of, is_country
from dashboard.analysis.quotes.territories import is_territory


def names_customs_service(tokens: list[str]) -> bool:
    """Whether a folded name's words say a state's customs service: "customs" after the name or adjective of a
    country or territory, or after "revenue and"."""
    if "customs" not in tokens:
        return False
    before = [t for t in tokens[: tokens.index("customs")] if t != "the"]
    state = " ".join(before)
    return bool(before) and (
        is_country(state) or bool(country_of(state)) or is_territory(state) or state.endswith("revenue and")
    )
