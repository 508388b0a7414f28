"""Money lent to a state told as a share of a cost with its sum ("is lending Uzbekistan most of the plant's cost of
about $5 billion") is money lent to it, as a sum lent is (themes/money_lent.py), also where the parser takes the state
for a first object. A thing lent with its worth ("half of its collection, worth $20 million") and a share of
something that is no money stay as they were. Fictional texts on the real spaCy pipeline with the shipped themes
file."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes.money_lent import money_lent
from tests.theming import article


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Russia is lending Uzbekistan most of the plant's cost of about $5 billion, to be repaid over 25 years.",
            "lend Uzbekistan about $ 5 billion",
        ),
        ("China is lending Kenya half of the railway's price of $3.2 billion.", "lend Kenya $ 3.2 billion"),
        ("Saudi Arabia will lend Pakistan a third of the $6 billion it needs this year.", "lend Pakistan $ 6 billion"),
    ],
)
def test_a_share_of_a_sum_lent_to_a_state_is_money_lent(nlp, text, told):
    assert money_lent(nlp(text)) == told


@pytest.mark.parametrize(
    "text",
    [
        "The museum lent Poland half of its collection, worth $20 million, for the anniversary.",
        "Japan lent Indonesia most of its support at the talks.",
        "The bank lent farmers most of the $5 million it raised.",
    ],
)
def test_things_lent_with_their_worth_support_and_lending_at_home_are_none(nlp, text):
    assert money_lent(nlp(text)) == ""


def test_a_plant_lent_for_is_trade_in_its_story(themes, nlp):
    found = article(
        themes,
        nlp,
        "Work begins on power plant built with foreign loan",
        ["Russia is lending Uzbekistan most of the plant's cost of about $5 billion, to be repaid over 25 years."],
    )
    assert "trade" in found[0]
