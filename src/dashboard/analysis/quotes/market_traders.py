"""Whether a trader is one who comments on prices as an expert: a trader of a market ("a crude trader", "a trader at
Meridian Commodities", by the words of the role or of the firm), not a market or street trader, of no market, who is
one of the public."""

from __future__ import annotations

from dashboard.analysis.names import words

#: Markets whose traders comment on prices as experts.
_TRADED = words("""
crude oil gas power energy bond bonds currency currencies fx forex equity equities stock stocks commodity commodities
metals copper gold grain wheat options derivatives futures credit
""")


def trades_a_market(role_words: set[str], affiliation: str) -> bool:
    """Whether the role is a trader's and it or the firm names a market ("a crude trader", "a trader at Y Oil")."""
    return "trader" in role_words and bool(_TRADED & (role_words | set(affiliation.casefold().split())))
