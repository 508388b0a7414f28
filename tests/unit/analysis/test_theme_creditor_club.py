"""The club of creditor states that reschedules what states owe them is sovereign debt, trade by the annotation
guidelines, whenever it is named, even in a paragraph that tells it as a forum ("bring the lenders and the Paris Club
to one table"). Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_a_forum_of_creditor_states_is_trade(themes, nlp):
    labels = article(
        themes,
        nlp,
        "Analysis: Why debt relief for the poorest takes so long",
        [
            "Four years after a string of defaults, most of the poorest borrowers are still waiting for relief.",
            "The Paris Club and the new lenders have met six times since March without settling who takes the first "
            "loss.",
        ],
    )
    assert "trade" in labels[1]
