"""Themes of arms sold, bought or ordered for a sum of money by or from a state the paragraph names, a pattern that the
blind batches missed in three batches: an exchange of goods for money between states, so trade besides war; and the
near-misses that must keep no trade (arms bought with no price, a hobby shop's drones, a toy tank, a football
"missile", a share of national income the tagger calls money). Fictional texts on the real spaCy pipeline with the
shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article


def _lead(themes, nlp, text: str) -> list[str]:
    return article(themes, nlp, "Defence News In Brief", [text])[0]


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet in Oslo approved a $2.8 billion sale of 30 fighter jets to Chile on Monday, the defence ministry "
        "said.",  # jets sold to a state for dollars
        "Norway has ordered four frigates from the Tamsford yard in a deal worth 3.1 billion pounds, the yard's owner "
        "said on Friday.",  # frigates ordered in a deal worth pounds
        "Poland will buy 48 armed drones from Turkey for about €400 million, the defence minister said on Wednesday.",
    ],
)
def test_arms_sold_bought_or_ordered_for_a_price_are_trade_and_war(themes, nlp, text):
    found = _lead(themes, nlp, text)
    assert {"trade", "military"} <= set(found), found


def test_weapons_bought_from_a_state_with_no_price_are_left_to_war(themes, nlp):
    found = _lead(
        themes, nlp, "Peru has long bought most of its weapons from Russia but wants to widen its circle of suppliers."
    )
    assert "military" in found and "trade" not in found, found


def test_a_hobby_shop_selling_drones_is_no_trade(themes, nlp):
    found = article(
        themes,
        nlp,
        "Hobby Shop Opens On High Street",
        ["The Skymere hobby shop in Leeds sells camera drones for about 300 pounds each, its owner said."],
    )
    assert "trade" not in found[0] and "military" not in found[0], found


def test_a_toy_tank_sold_for_dollars_is_no_trade(themes, nlp):
    found = article(
        themes,
        nlp,
        "Toy Fair Draws Crowds",
        ["A remote-control toy tank sold for $45 at the Brenholt toy fair, the organisers said."],
    )
    assert found == [[]], found


def test_a_football_missile_is_no_arms_sale(themes, nlp):
    found = article(
        themes,
        nlp,
        "Valdane Win Derby",
        ["Korvath's 30-yard missile in the second half won the derby for Valdane, whose owners bought the club for "
         "$40 million last year."],
    )  # fmt: skip
    assert "trade" not in found[0] and "military" not in found[0], found


def test_a_share_of_income_the_tagger_calls_money_is_no_price(themes, nlp):
    found = _lead(
        themes,
        nlp,
        "The defence minister said the extra money would buy air defence systems and munitions and help Portugal "
        "reach the alliance's target of 3.5 per cent of national income.",
    )
    assert "trade" not in found, found
