"""Goods that go to a state told as the one supplied or sold to are a market abroad (themes/supplied_states.py): a
state supplied with a commodity or a measure of goods ("supplies Jordan with 50 million cubic metres a year"), and
sales or shipments told by their noun with the state they go to ("its sales to Singapore"). Arms and aid supplied or
shipped to a state, and goods supplied to people at home, stay as they were. Fictional texts on the real spaCy
pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes.supplied_states import supplied_state
from tests.theming import article


@pytest.mark.parametrize(
    "text",
    [
        "Under the accord, Israel supplies Jordan with 50 million cubic metres a year from the lake.",
        "Last winter Azerbaijan supplied Hungary with gas through a pipeline across Turkey.",
        "Kazakhstan supplies Kyrgyzstan with coal for its power stations every winter.",
        "Analysts said the rise would add 40 million ringgit a year to what the utility earns from its sales to "
        "Singapore.",
        "The group's shipments to India fell by a third after the new rules took effect.",
    ],
)
def test_goods_supplied_or_sold_to_a_state_are_a_market_abroad(nlp, text):
    assert supplied_state(nlp(text))


@pytest.mark.parametrize(
    "text",
    [
        "Under the accord, Israel supplies Jordan with 50 million cubic metres a year from the lake.",
        "The group's shipments to India fell by a third after the new rules took effect.",
    ],
)
def test_with_a_word_of_trade_beside_it_the_paragraph_is_trade(themes, nlp, text):
    # half of the threshold, as goods sold to a state are: a weak word of trade beside it ("accord", "rules") or the
    # article's trade carries the paragraph
    assert "trade" in article(themes, nlp, "Water accord under strain", [text])[0]


@pytest.mark.parametrize(
    "text",
    [
        "Since the war began, Norway has supplied Ukraine with shells and air defence missiles.",
        "The agency said shipments of food aid to Sudan had been held up at the border for a week.",
        "The city's utility supplies 400,000 homes with water from the reservoir.",
        "Arms sales to Taiwan have angered Beijing for decades.",
        "The neighbours supplied the rebels with intelligence, the report said.",
    ],
)
def test_arms_aid_and_supplies_at_home_are_no_market(nlp, text):
    assert supplied_state(nlp(text)) == ""
