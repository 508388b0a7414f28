"""Themes of oil told as spilt or leaked by its verb ("raked fuel oil from the sand after a bulk carrier leaked heavy
fuel"), a pattern the eighty-third blind batch got wrong (the lead of a spill's clean-up on a beach, and the
paragraphs its trade lifted, given trade): in a sentence that tells oil spilt, the oil and the ship it came from are
pollution, no goods sold (see themes/spilt_oil.py). A leaked document about oil sales keeps its trade, and so does oil
that a tanker carries to a buyer. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers raked clumps of fuel oil from the sand at Gull Bay after a bulk carrier leaked heavy fuel when it "
        "ran aground off the point.",
        "About 40 tonnes of crude spilled from the tanker's hull into the bay before divers sealed the crack.",
        "Fuel oil had leaked from the freighter for two days before the coastguard noticed the sheen.",
        "The barge spilled 300 tonnes of diesel into the river near the bridge, the council said.",
    ],
)
def test_oil_spilt_by_its_verb_is_no_trade(themes, nlp, text):
    found = article(themes, nlp, "Clean-up goes on at Gull Bay", [text])
    assert "trade" not in found[0], found


@pytest.mark.parametrize(
    "text",
    [
        "A leaked memo shows that oil sales to China by the state oil company doubled last year.",
        "The tanker carried 700,000 barrels of crude to a refinery in India, and its owner leaked nothing about the "
        "price.",
    ],
)
def test_oil_sold_keeps_its_trade_beside_a_leak(themes, nlp, text):
    found = article(themes, nlp, "Oil sales double", [text])
    assert "trade" in found[0], found
