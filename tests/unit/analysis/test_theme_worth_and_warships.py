"""Themes of two patterns that the blind batches missed in three or more batches: a deal, an order or a contract told
by its worth in money ("a deal worth about $6 billion", "The order, worth about $2 billion, went to ...") as money that
changes hands between its parties, weak alone as a firm's deal at home is told so too; and a warship named again as
"the ships" (after two frigates) or a navy's boat named again as "the vessel", which go on with the war also after a
paragraph that its context carried. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_a_deal_told_by_its_worth_is_trade_in_a_story_of_trade(themes, nlp):
    found = article(
        themes,
        nlp,
        "Kelland Picks Foreign Maker For New Trains",
        [
            "Kelland's state railway chose an Ostmark manufacturer on Monday to supply 40 electric trains for its "
            "coastal line, ending a tender that drew bids from four countries, the transport ministry said.",
            "The deal, worth about 900 million euros, is the largest in the railway's history.",
        ],
    )
    assert "trade" in found[1], found


def test_a_deal_worth_money_at_home_is_no_trade_alone(themes, nlp):
    found = article(
        themes,
        nlp,
        "Bakery Chain Sold To Rival",
        [
            "Harbrook Bakeries agreed on Tuesday to buy the family-owned Pellow chain in a deal worth 40 million "
            "pounds, keeping all 60 of its shops open, the two companies said.",
        ],
    )
    assert found == [[]], found


def test_warships_named_again_as_the_ships_go_on_with_the_war(themes, nlp):
    found = article(
        themes,
        nlp,
        "Frigates Follow Carrier Along Coast",
        [
            "Two Norland frigates followed a foreign carrier group for three days as it sailed along the country's "
            "western coast, the navy said.",
            "Helicopters from the carrier flew within 15 nautical miles of the shore.",
            "The ships left the area late on Friday.",
        ],
    )
    assert "military" in found[2], found


def test_a_navy_boat_named_again_as_the_vessel_goes_on_with_the_war(themes, nlp):
    found = article(
        themes,
        nlp,
        "Ostmark Holds Kelland Navy Boat",
        [
            "Ostmark border troops seized a Kelland navy patrol boat and its six sailors in a disputed bay on Sunday, "
            "Kelland's defence ministry said.",
            "Ostmark said the vessel had strayed into its waters and that the crew would be questioned.",
        ],
    )
    assert "military" in found[1], found
