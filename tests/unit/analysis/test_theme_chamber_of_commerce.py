"""Themes of a chamber of commerce named in a paragraph, a pattern the eighty-first blind batch got wrong (a town's
chamber on the conditions of the council's grants to shops took trade): the name of a body of firms is no exchange
between states or markets, so its "commerce" counts for nothing; and the near-misses that keep trade by their own words
(a foreign chamber on exports, a chamber's survey of importers and a falling currency). Fictional texts on the real
spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article


@pytest.mark.parametrize(
    ("title", "texts"),
    [
        (
            "Chamber of commerce elects new president",
            [
                "The Dunmere chamber of commerce elected the owner of a garden centre as its president on Thursday, "
                "the first woman to hold the post.",
                "She said she would press the council for cheaper parking in the town centre.",
            ],
        ),
        (
            "Town offers grants of up to £10,000 to shops",
            [
                "Dunmere Town Council will give shops grants of up to £10,000 each to repair their fronts, after a "
                "quarter of the units on the main street stood empty.",
                "Shops that take a grant must stay open for three years, a condition the chamber of commerce said "
                "would put many of its members off.",
            ],
        ),
    ],
)
def test_a_chamber_of_commerce_at_home_is_no_trade(themes, nlp, title, texts):
    found = article(themes, nlp, title, texts)
    assert all(labels == [] for labels in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The American Chamber of Commerce in Shanghai said exports of its members' goods to the United States fell "
        "by a fifth in the first half.",
        "A survey by the chamber of commerce in Lagos found that 60% of importers had delayed orders because of the "
        "naira's fall.",
    ],
)
def test_a_chamber_on_exports_or_importers_keeps_its_trade(themes, nlp, text):
    found = article(themes, nlp, "Firms warn of hard year", [text])
    assert "trade" in found[0], found
