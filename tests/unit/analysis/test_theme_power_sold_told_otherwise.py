"""Electricity sold across a border is as much an energy deal between states when the electricity is the noun that a
relative clause or a participle sells ("the electricity it sells to Thailand", "power sold to Vietnam", "with most of
their power sold to Thailand") or when the state is told as the owner of the buyer ("sells power to Thailand's state
utility", themes/power_sales.py). Power a firm sells to its neighbours at home, a state's own utility named as the
seller, and power as might stay without trade. Fictional texts on the real spaCy pipeline with the shipped themes
file."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes.power_sales import power_sold
from tests.theming import article


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Low water at its dams will cut the electricity it sells to Thailand by a fifth, the company said.",
            "sell electricity to Thailand",
        ),
        (
            "The valley has 40 dams built or planned, with most of their power sold to Vietnam under long contracts.",
            "sell power to Vietnam",
        ),
        (
            "Hydropower sold to Bangladesh earned the utility 90 million dollars last year.",
            "sell hydropower to Bangladesh",
        ),
        (
            "Brennholt Hydro sells power to Serbia's state grid operator under a ten-year contract.",
            "sell power to Serbia",
        ),
        (
            "In dry winters the country buys electricity from India's biggest private generator.",
            "buy electricity from India",
        ),
    ],
)
def test_power_told_through_its_clause_or_its_buyer_crosses_a_border(nlp, text, told):
    assert power_sold(nlp(text)) == told


def test_the_generators_sales_to_a_foreign_utility_are_trade(themes, nlp):
    found = article(
        themes,
        nlp,
        "Generator's shares fall as drought cuts hydropower sales",
        [
            "VIENTIANE, May 2 - Shares of Mekhala Hydro fell 3% on Friday after the company said low water would cut "
            "the electricity it sells to Thailand's state utility by a third this year.",
        ],
    )
    assert "trade" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "The electricity it sells to farmers in the valley will cost 6% more from April.",
        "Most of the power sold to households in the province comes from two coal plants.",
        "The country's power company sold its old headquarters to a property fund.",
        "Lorvania's utility said its power had been restored to every home by nightfall.",
        "The general said the military power it had sold to voters as strength was hollow.",
    ],
)
def test_power_at_home_a_states_own_seller_and_might_are_no_sale_abroad(nlp, text):
    assert power_sold(nlp(text)) == ""
