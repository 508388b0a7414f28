"""Themes of oil for cooking ("shops already paying more for cooking oil and electricity"), a pattern the eighty-second
blind batch got wrong (fish-and-chip shops raising their prices took trade, and lifted the next paragraph): oil bought
for a kitchen is a food at home, no fuel of the energy trade, so its word counts for nothing; and the near-misses that
keep their trade by their own words (an export ban on cooking oil, a duty cut on its imports, and crude oil itself).
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article


@pytest.mark.parametrize(
    "text",
    [
        "Fish-and-chip shops, already paying more for cooking oil and electricity, said they would have to raise "
        "prices again before Christmas.",
        "The school kitchen said the price of cooking oil had doubled since the spring, and it would serve chips only "
        "once a week.",
    ],
)
def test_cooking_oil_bought_at_home_is_no_trade(themes, nlp, text):
    lead = (
        "Haddock fetched a record 3.40 pounds a kilo at the harbour's fish market on Monday after a week of storms, "
        "and buyers said some processors had run out of fish."
    )
    found = article(themes, nlp, "Chip shops feel the pinch", [lead, text])
    assert "trade" not in found[1], found


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia banned exports of cooking oil from Thursday to bring down prices at home, cutting supply to buyers "
        "in India and China.",
        "India cut its import duty on cooking oil to 5% to ease prices after shipments from Ukraine were held up.",
        "Brent crude oil rose 2% to $84 a barrel as traders weighed supply cuts by producers.",
    ],
)
def test_cooking_oil_exported_or_imported_keeps_its_trade(themes, nlp, text):
    found = article(themes, nlp, "Oil prices", [text])
    assert "trade" in found[0], found
