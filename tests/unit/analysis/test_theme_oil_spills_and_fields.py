"""Oil that spills or leaks into a river or the sea and an oil field are no trade (the trade exclusions of the shipped
themes file): "an oil spill on the river" and "a fuel leak at a depot" are pollution, and "oil fields" are a place, as
a uranium mine is, not goods sold. Oil sold or shipped abroad, and an oil field's output sold to a state, keep their
trade by their own words. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article

#: The trade paragraphs around the one read, which lift a paragraph with a weak word of trade to the theme.
EXPORTS = "Lorvanian grain exports to China rose to a record 2.5 million tonnes last year, most of it carried by rail."


@pytest.mark.parametrize(
    "text",
    [
        "Lorvania asked its neighbour for a full account of an oil spill upstream of the border, after a slick reached "
        "fishing villages on the lake.",
        "An oil spill upstream reached the lake on Thursday, and fishermen were told to stay ashore.",
        "The oil slick stretched for 12 km by Saturday, the environment ministry said.",
        "The fuel leak at a depot across the border was stopped within hours, the neighbour's foreign ministry said.",
        "Lorvania has long feared its neighbour's growing draw on the river for its farms and oil fields.",
        "Oil fields across the border take more of the river every year, officials say.",
    ],
)
def test_spilt_oil_and_oil_fields_are_no_trade(themes, nlp, text):
    assert "trade" not in article(themes, nlp, "Lorvania asks for account of spill", [EXPORTS, text, EXPORTS])[1]


@pytest.mark.parametrize(
    "text",
    [
        "Lorvania's oil exports to its neighbour fell by a third last year as the pipeline was repaired.",
        "The oil fields in the north now sell most of their crude to India under contracts priced in dollars.",
    ],
)
def test_oil_sold_abroad_keeps_its_trade(themes, nlp, text):
    assert "trade" in article(themes, nlp, "Oil exports slide", [text])[0]
