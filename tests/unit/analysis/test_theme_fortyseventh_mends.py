"""Themes of the mends after the forty-seventh probe batch (energy security and global health in world affairs):
inspectors told bare in a story of relations ("will let the inspectors back into its reactors") are an international
body's staff at work in a state, diplomacy; a health inspector in a story of a restaurant is none. Fictional texts on
the real spaCy pipeline with the shipped themes file."""

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
