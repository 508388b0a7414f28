"""Electricity sold, exported or bought across a border is an energy deal between states, a full word of trade
(themes/power_sales.py): a state that sells power to its neighbours or buys it from one trades, where goods sold to a
state are only half of one. A utility's sales at home, power as might and prices at home name no state and stay
without trade. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes.power_sales import power_sold
from tests.theming import article


@pytest.mark.parametrize(
    "text",
    [
        "Lorvania already sells power to Moldova and Romania and plans a second line to Hungary.",
        "Tarsh will sell electricity to Georgia once the new line over the mountains opens.",
        "In dry winters the government buys power from Uzbekistan to keep the lights on.",
        "Once the dam is full, the state utility hopes to sell electricity to neighbouring countries.",
    ],
)
def test_electricity_sold_across_a_border_is_trade(themes, nlp, text):
    assert power_sold(nlp(text))
    assert "trade" in article(themes, nlp, "Dam nears completion", [text])[0]


@pytest.mark.parametrize(
    "text",
    [
        "Brightwater Energy sells electricity to about 400,000 homes and farms in the valley.",
        "The populist mayor, critics say, sells his power to voters in exchange for loyalty.",
        "The general warned that the country's military power had grown faster than its economy.",
        "Household electricity prices in the province will rise by 8 per cent from April.",
    ],
)
def test_power_at_home_or_as_might_is_no_trade(themes, nlp, text):
    assert power_sold(nlp(text)) == ""
    assert "trade" not in article(themes, nlp, "Valley news", [text])[0]
