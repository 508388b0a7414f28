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

