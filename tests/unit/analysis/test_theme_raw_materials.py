"""Raw materials are goods that states and markets trade, as rare earths and ores are: a partnership on them in a
story about an export ban goes on with its trade. Fictional texts on the real spaCy pipeline with the shipped themes
file."""

from __future__ import annotations

from tests.theming import article


def test_a_raw_materials_partnership_in_an_export_ban_story_is_trade(themes, nlp):
    found = article(
        themes,
        nlp,
        "Mongolia Halts Tungsten Exports",
        [
            "Mongolia will stop exports of tungsten concentrate from June, the mining ministry said on Monday, "
            "surprising buyers in Japan and Germany.",
            "The ministry said the halt would let a new smelter near Erdenet secure its supplies.",
            "Ulaanbaatar signed a raw materials partnership with Tokyo in 2023, and Japan said it was seeking an "
            "explanation.",
        ],
    )
    assert "trade" in found[2], found
