"""Buyers and customers in a region of several states are a market abroad, as buyers in a state are
(themes/markets.py): a maker offering its machines to buyers in Europe or looking for customers in Southeast Asia
trades across borders. Buyers in a region of one state ("in the Midwest") stay a market at home. Fictional texts on
the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes.markets import market_abroad
from tests.theming import article


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "The Korean maker is now offering a cheaper compressor to buyers in Europe, its rivals say.",
            "buyer in Europe",
        ),
        (
            "The dairy said it had found new customers in Southeast Asia for its milk powder.",
            "customer in Southeast Asia",
        ),
    ],
)
def test_buyers_in_a_region_of_several_states_are_a_market_abroad(nlp, text, told):
    assert market_abroad(nlp(text)) == told


def test_buyers_in_a_region_of_one_state_are_a_market_at_home(nlp):
    assert market_abroad(nlp("The brewer is offering its lager to buyers in the Midwest.")) == ""


def test_a_rival_offering_machines_to_buyers_in_europe_is_trade(themes, nlp):
    found = article(
        themes,
        nlp,
        "Pump maker accuses rival of copying its design",
        [
            "Valdor, a Finnish maker of industrial pumps, said on Monday that a Korean competitor was offering a "
            "near-identical pump to buyers in Europe at a lower price.",
        ],
    )
    assert "trade" in found[0]
