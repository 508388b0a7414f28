"""Themes of the mends after the forty-seventh probe batch (energy security and global health in world affairs):
inspectors told bare in a story of relations ("will let the inspectors back into its reactors") are an international
body's staff at work in a state, diplomacy, and a health inspector at a restaurant is none; energy a line carries into
another state is a market abroad, trade, and a line into towns at home is none; goods a firm sells across a region of
several states ("across West Africa") are trade, across a region at home ("across the Midwest") none. Fictional texts
on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

REACTORS = [
    "Monitors from the UN's atomic agency will go back to Belmora's reactors next month after talks in Doha produced a "
    "deal on access, the two sides said on Thursday.",
    "Under the deal, Belmora will let the inspectors put back cameras at its fuel plant and count a stock of "
    "enriched uranium.",
    "Belmora's foreign minister said his government had kept its word and expected the sanctions to be eased in turn.",
]


def test_inspectors_let_back_into_a_states_reactors_are_diplomacy(nlp, themes):
    _, inspectors, _ = article(themes, nlp, "Belmora lets monitors back in after Doha talks", REACTORS)
    assert "diplomacy" in inspectors, inspectors


def test_a_health_inspector_at_a_restaurant_is_no_diplomacy(nlp, themes):
    (kitchen,) = article(
        themes,
        nlp,
        "Diner shut after rats found",
        ["A city health inspector closed the Blue Kettle diner on Friday after finding rats in its kitchen."],
    )
    assert "diplomacy" not in kitchen, kitchen


GRID = [
    "Rocket fire on Sunday cut a high-voltage line that carries electricity from Romania across the river into "
    "Moldova, leaving 90,000 homes in the dark, the grid company said.",
    "The line, opened in 2019, carries about a fifth of Moldova's electricity imports under a supply contract worth "
    "$120 million a year.",
]


def test_power_a_line_carries_into_another_state_is_trade(nlp, themes):
    line, _ = article(themes, nlp, "Shelling downs border power line", GRID)
    assert "trade" in line, line


def test_power_a_line_carries_inside_one_state_is_no_trade(nlp, themes):
    (line,) = article(
        themes,
        nlp,
        "Storm downs power line",
        [
            "The storm brought down a line that carries electricity from the dam into the valley towns, the utility "
            "said."
        ],
    )
    assert "trade" not in line, line


PILLS = [
    "Kaldera Pharma, the biggest drug maker of Jordan, said on Monday its profit had doubled after a year of record "
    "exports.",
    "The company now sells its malaria pills across West Africa at below the prices of European rivals, its chief "
    "executive told analysts.",
]


def test_drugs_sold_across_a_region_of_several_states_are_trade(nlp, themes):
    _, sold = article(themes, nlp, "Kaldera profit doubles", PILLS)
    assert "trade" in sold, sold


def test_goods_sold_across_a_region_at_home_are_no_trade(nlp, themes):
    _, sold = article(
        themes,
        nlp,
        "Prairie Mills profit doubles",
        [
            "Prairie Mills, the flour maker, said on Monday its profit had doubled after a year of record exports.",
            "The company now sells its bread mixes across the Midwest at below the prices of its rivals, its chief "
            "executive told analysts.",
        ],
    )
    assert "trade" not in sold, sold
