"""Themes of the mends after the fifty-second probe batch (markets and commodities reports moved by world affairs):
the markets' own units and instruments (gold by the ounce, futures, charter rates, bonds "on the dollar") as words of
trade. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_gold_by_the_ounce_and_its_futures_are_a_market(nlp, themes):
    (gold,) = article(
        themes,
        nlp,
        "Metals close",
        ["Spot gold was up 1.2 percent at $2,410 an ounce by noon, and U.S. gold futures rose 0.9 percent."],
    )
    assert "trade" in gold, gold


def test_charter_rates_fixed_by_shipbrokers_are_a_market(nlp, themes):
    (rates,) = article(
        themes,
        nlp,
        "Tanker market",
        ["Charter rates for supertankers rose by a third this week, shipbrokers said."],
    )
    assert "trade" in rates, rates


def test_a_states_bonds_on_the_dollar_go_on_with_a_market_story(nlp, themes):
    _, bonds = article(
        themes,
        nlp,
        "Kerovan bonds rally",
        [
            "Kerova's dollar bonds rallied on Tuesday as investors bet on a loan from the International Monetary Fund.",
            "The notes due in 2031 rose 3 cents to 58 cents on the dollar, and their yield fell by 90 basis points.",
        ],
    )
    assert "trade" in bonds, bonds
