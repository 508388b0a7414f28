"""Oil that spills or leaks into a river or the sea is no trade (the trade exclusions of the shipped themes file): "an
oil spill on the river", "an oil slick" and "a fuel leak at a depot" are pollution, not goods sold. Oil sold or shipped
abroad keeps its trade, and so does an oil field (a foreign firm that runs one invests). Fictional texts on the real
spaCy pipeline with the shipped themes file."""

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
    ],
)
def test_spilt_oil_is_no_trade(themes, nlp, text):
    assert "trade" not in article(themes, nlp, "Lorvania asks for account of spill", [EXPORTS, text, EXPORTS])[1]


@pytest.mark.parametrize(
    "text",
    [
        "Lorvania's oil exports to its neighbour fell by a third last year as the pipeline was repaired.",
        "The oil fields in the north now sell most of their crude to India under contracts priced in dollars.",
        "A Chinese state group runs an oil field in the west of the country, and has opened a fund for the region.",
    ],
)
def test_oil_sold_abroad_and_oil_fields_keep_their_trade(themes, nlp, text):
    assert "trade" in article(themes, nlp, "Oil exports slide", [text])[0]
