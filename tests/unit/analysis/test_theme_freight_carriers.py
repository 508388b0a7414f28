"""Themes of goods on the move told with no word of trade: the firms that haul goods by road ("hauliers", "the road
carriers' association", "trucking companies"), the queue their lorries form at a crossing, ships passing a canal
("transits fell to 30 a day") and the canal that takes them are weak words of trade, never a label alone, that let a
trade story's context carry a paragraph told through them; the marine insurers' Joint War Committee, which lists the
seas of war risk, is a word of trade, not of war. Fictional texts on the real spaCy pipeline with the shipped themes
file."""

from __future__ import annotations

from tests.theming import article

BORDER = [
    "Estonia closed its two road crossings with Latvia on Monday in a dispute over fuel smuggling, halting exports of "
    "timber and dairy to its neighbour, the customs board said.",
    "Hauliers said their drivers had waited three days with no food, and the road carriers' association put the "
    "losses at 2 million euros.",
]

CANAL = [
    "Shipping lines raised freight rates on routes between Asia and Europe for a third week as container ships avoided "
    "the strait, exporters said.",
    "The Meridian Canal Authority said transits had fallen to 31 a day from 66 a year earlier, costing it some "
    "$400 million a month.",
]


def test_hauliers_at_a_closed_border_carry_a_trade_story(nlp, themes):
    told = article(themes, nlp, "Estonia shuts Latvia crossings; trucks stuck", BORDER)[1]
    assert told == ["trade"], told


def test_canal_transits_carry_a_shipping_story(nlp, themes):
    told = article(themes, nlp, "Freight rates climb as ships avoid the strait", CANAL)[1]
    assert told == ["trade"], told


def test_a_trucking_firm_at_home_is_no_trade_alone(nlp, themes):
    told = article(
        themes,
        nlp,
        "Drivers strike in the capital",
        ["A trucking firm's drivers in the capital walked out over night shifts, a union said."],
    )[0]
    assert "trade" not in told, told


QUEUE = [
    "Hungarian farmers blocked the main crossing with Serbia on Monday in protest at cheap imports of maize and "
    "sunflower oil, letting one lorry through every half hour.",
    "By the evening the queue stretched 12 km back towards Szeged, with drivers reporting waits of two days.",
]

INSURERS = [
    "Marine insurers raised premiums for ships sailing near the Gulf of Aden after a second bulk carrier was boarded "
    "this month, brokers said.",
    "The Joint War Committee of London insurers will decide next week whether to widen its listed area.",
]


def test_lorries_queuing_at_a_blocked_crossing_carry_a_trade_story(nlp, themes):
    told = article(themes, nlp, "Farmers block Serbian crossing over cheap imports", QUEUE)[1]
    assert told == ["trade"], told


def test_the_insurers_joint_war_committee_is_a_word_of_trade(nlp, themes):
    told = article(themes, nlp, "Insurers raise premiums off Somalia", INSURERS)[1]
    assert "trade" in told, told
