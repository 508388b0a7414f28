"""Themes of the later mends after the sixtieth probe batch (arms control, nuclear programmes and non-proliferation):
uranium is an ore that mines sell to utilities abroad, a weak word of trade as the other metals are (the uranium a
state enriches, its programme, and a uranium mine, a place, are left out). Fictional texts on the real spaCy pipeline
with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

ORE = [
    "Kazakhstan's state miner said on Tuesday its exports to China rose by a fifth in the first half, as utilities "
    "there signed new long-term supply contracts.",
    "Uranium prices have roughly doubled since 2021 as reactors are built across Asia.",
]


def test_uranium_prices_in_a_story_of_exports_are_trade(nlp, themes):
    _, prices = article(themes, nlp, "Kazakh miner lifts output", ORE)
    assert "trade" in prices, prices
