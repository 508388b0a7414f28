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


def test_a_price_that_hits_a_record_is_no_blow_in_a_war_story(nlp, themes):
    _, record = article(
        themes,
        nlp,
        "Silver climbs as war in Tessaly spreads",
        [
            "Silver rose to its highest in a decade on Monday as fighting spread in Tessaly and rebels shelled the "
            "capital's airport.",
            "Spot silver was up 2.1 percent at $41.20 an ounce by midday, after hitting a record $41.65 earlier in the "
            "session.",
        ],
    )
    assert "military" not in record, record


def test_the_shares_a_lead_says_moved_are_no_participants_of_its_summit(nlp, themes):
    _, shares = article(
        themes,
        nlp,
        "Shipbuilders rally after leaders' summit",
        [
            "Shares of Nordic shipbuilders rose sharply on Friday after leaders at a summit in Rauma pledged to build "
            "twelve new icebreakers together.",
            "The shares of Halvik Yards have doubled since January.",
        ],
    )
    assert "diplomacy" not in shares, shares
