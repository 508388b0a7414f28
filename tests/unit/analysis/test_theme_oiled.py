"""Themes of what oil has coated ("63 oiled seabirds", "40 tonnes of oiled sand"), a pattern the eighty-third blind
batch got wrong (a rescue centre's oiled birds, in a story of a spill, given trade): the mark of a spill is no
commodity sold, so "oiled" and its like count for no trade (the trade exclusions of the shipped themes file); oil sold
abroad keeps its trade. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article

#: A paragraph of trade before the one read, which lifts a paragraph with a weak word of trade to the theme.
EXPORTS = "Ostravian oil exports to India rose by a third last year, most of them carried by tankers from Port Delle."


@pytest.mark.parametrize(
    "text",
    [
        "A rescue centre on the coast said it was caring for 63 oiled seabirds, most of them guillemots.",
        "Volunteers filled sacks with oil-soaked seaweed along the shore.",
        "Workers with spades cleared oiled rocks below the lighthouse.",
    ],
)
def test_what_oil_has_coated_is_no_trade(themes, nlp, text):
    found = article(themes, nlp, "Oil exports rise", [EXPORTS, text])
    assert "trade" not in found[1], found


def test_oil_sold_abroad_keeps_its_trade(themes, nlp):
    text = "Ostravia sold more oil to Japan in March than in any month since the war began, customs figures showed."
    found = article(themes, nlp, "Oil exports rise", [text])
    assert "trade" in found[0], found
