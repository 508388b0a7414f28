"""Talks on arms or a war's end are no trade talks: the lead of talks on a state's weapons programme or on a ceasefire,
and the host's paragraph that goes on with them, get no trade from the sanctions relief the story tells beside them;
talks that name goods, tariffs or sanctions still carry trade by those words, and so do trade talks themselves.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_talks_on_a_weapons_programme_are_no_trade_talks_beside_sanctions_relief(nlp, themes):
    lead, relief, host = article(
        themes,
        nlp,
        "Talks on Korvan weapons programme to resume in Oslo",
        [
            "OSLO, March 4 (Northwire) - Negotiators from Korvania and four Western powers will meet in Oslo next "
            "week for their first talks on the country's missile programme since the spring, Norway said on Monday.",
            "The talks could open the way to relief from the sanctions that have cut Korvania off from the world's "
            "banks, in exchange for a cap on its stock of solid fuel.",
            "Norway said it would host the negotiators at a lakeside estate and take no part in the talks.",
        ],
    )
    assert "trade" not in lead, lead
    assert "trade" in relief, relief
    assert "trade" not in host, host


def test_ceasefire_talks_are_no_trade_talks_but_goods_and_tariffs_named_beside_them_still_count(nlp, themes):
    truce, grain = article(
        themes,
        nlp,
        "Ceasefire talks in Lisbon",
        [
            "Negotiators for the two armies held a second day of talks on a ceasefire in Lisbon on Tuesday, and a "
            "third round is due next week.",
            "The truce talks will also cover reopening the ports to grain exports and lifting the tariffs that each "
            "side put on the other's fertiliser.",
        ],
    )
    assert "trade" not in truce, truce
    assert "trade" in grain, grain


def test_trade_talks_stay_trade_talks(nlp, themes):
    (tariffs,) = article(
        themes,
        nlp,
        "Trade talks resume",
        ["Negotiators from the two countries resumed trade talks in Geneva on Monday over tariffs on steel."],
    )
    assert "trade" in tariffs, tariffs
