"""A crop's land and a lorry that carries water are no trade (the trade exclusions of the shipped themes file): "cotton
farms" and "wheat fields" are where a crop grows, not goods sold, and a "tanker truck" or a "water tanker" is a road
vehicle, not a ship of the oil trade. A crop sold abroad and a tanker at sea keep their trade. Fictional texts on the
real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article

LOAN = "Kuwait signed a $150 million loan with Jordan on Sunday for a desalination plant and its pipeline to Amman."
TALKS = "Uzbekistan and Afghanistan held talks on a canal that trade between the two has long waited for."


@pytest.mark.parametrize(
    ("title", "texts"),
    [
        (
            "Canal plan worries downstream farmers",
            [
                TALKS,
                "The canal will take a fifth of the river's flow to irrigate wheat fields upstream, and officials fear "
                "it will leave cotton farms downstream short of water.",
            ],
        ),
        (
            "Canal plan worries downstream farmers",
            [
                TALKS,
                "The river once fed a sea that has shrunk to a tenth of its size since planners turned it onto cotton "
                "fields in the 1960s.",
            ],
        ),
        (
            "Kuwait lends Jordan $150m for desalination plant",
            [
                LOAN,
                "Many households get piped water only once a week in summer and buy the rest from tanker trucks at "
                "several times the price.",
            ],
        ),
        (
            "Kuwait lends Jordan $150m for desalination plant",
            [LOAN, "Until then, water tankers will keep driving into the hills, and families will queue at dawn."],
        ),
    ],
)
def test_crop_land_and_water_lorries_are_no_trade(themes, nlp, title, texts):
    assert "trade" not in article(themes, nlp, title, texts)[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Exports of cotton and wheat fell by a fifth as buyers in China and Turkey turned to cheaper suppliers.",
        "An oil tanker bound for India was held for a week off the coast as insurers weighed the sanctions.",
    ],
)
def test_crops_sold_abroad_and_tankers_at_sea_keep_their_trade(themes, nlp, text):
    assert "trade" in article(themes, nlp, "Exports slide", [text])[0]
