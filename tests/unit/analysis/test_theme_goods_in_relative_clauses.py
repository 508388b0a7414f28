"""Goods told as the noun that a relative clause sells, ships or carries to a state are its object and so a market
abroad (themes/markets.py): "the electricity it sells to Afghanistan", "the oil the pipeline carries to Germany", "the
gas that Qatar sends to Pakistan". A firm
told by a relative clause that sells ("a firm that sells to China") is the seller, not the goods, and stays as it was.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes.markets import market_abroad
from tests.theming import article


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "The state power company cut off the electricity it sells to northern Afghanistan on Tuesday.",
            "sell to Afghanistan",
        ),
        ("The oil the pipeline carries to Germany has fallen by half since January.", "carry to Germany"),
        ("Farmers say the barley they sell to China now fetches a third less.", "sell to China"),
        ("The gas that Qatar sends to Pakistan arrives at two terminals near Karachi.", "send to Pakistan"),
    ],
)
def test_goods_a_relative_clause_sells_to_a_state_are_a_market_abroad(nlp, text, told):
    assert market_abroad(nlp(text)) == told


@pytest.mark.parametrize(
    "text",
    [
        "The firm that sells to China cut its forecast on Monday.",
        "The soldiers it sent to Mali came home in the spring.",
    ],
)
def test_a_seller_told_by_a_relative_clause_and_soldiers_are_no_market(nlp, text):
    assert market_abroad(nlp(text)) == ""


def test_power_cut_off_to_a_neighbour_is_trade(themes, nlp):
    found = article(
        themes,
        nlp,
        "Kyrgyzstan cuts power to Kazakhstan over unpaid bills",
        [
            "BISHKEK, Jan 9 - Kyrgyzstan's state power company cut off the electricity it sells to southern "
            "Kazakhstan on Tuesday, saying its buyer owed it $14 million for supplies delivered last year.",
        ],
    )
    assert "trade" in found[0]
