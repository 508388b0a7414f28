"""Themes of the mends made after the thirty-sixth probe batch: talks between states told on as "the negotiations" in
the next paragraph go on with diplomacy ("Few farmers here follow the negotiations"); two peoples that "trade jokes" or
taunts exchange no goods; trucks queued at "the crossing" go on with a customs story, while a crossing of people at
sea stays no trade; dockhands and stevedores are the dockworkers who load goods bound abroad. Fictional texts on the
real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

TALKS = [
    "KRASNE, Ukraine - Shelling hit the grain silo on the edge of this village again on Sunday night, and the last "
    "bus to the district town no longer runs.",
    "In the capital, ministers speak of peace talks and of guarantees from Western partners, and Washington has urged "
    "both sides to agree to a truce along the current line.",
    'Few farmers here follow the negotiations. "Our fields are full of shell holes," said a tractor driver.',
]


def test_talks_told_on_as_the_negotiations_are_diplomacy(themes, nlp):
    assert "diplomacy" in article(themes, nlp, "A Village Under The Guns", TALKS)[2]


def test_the_negotiations_of_a_strike_at_home_stay_no_diplomacy(themes, nlp):
    story = [
        "LYON - Bus drivers in the city walked out on Monday for the third time this month over pay and rotas.",
        "The union and the transport authority met for six hours on Tuesday without reaching an agreement.",
        'Few passengers follow the negotiations. "I just want a bus that comes," said a nurse waiting at a stop.',
    ]
    assert "diplomacy" not in article(themes, nlp, "Lyon Bus Drivers Strike Again", story)[2]


def test_neighbours_that_trade_jokes_are_no_trade(themes, nlp):
    story = [
        "CARDIFF - Wales and Ireland meet on Saturday in a match both coaches call the biggest of the season.",
        "Supporters of the two countries trade jokes about each other's weather and swap scarves outside the ground.",
    ]
    assert "trade" not in article(themes, nlp, "Wales Host Ireland In Title Decider", story)[1]


CUSTOMS = [
    "NARVA - Since March every crate of Russian-grown cabbage that crosses into Estonia here must clear new customs "
    "checks with a declaration and a fee, after growers complained of cheap imports.",
    "The river town has 50,000 people, most of whom speak Russian at home, and a castle that faces another across "
    "the water.",
    "Ivan, a retired bus driver, walks his dog along the embankment every morning and counts the lorries.",
]


def test_trucks_queued_at_the_crossing_go_on_with_a_customs_story(themes, nlp):
    story = [*CUSTOMS, "Traders say the queue at the crossing now reaches 200 trucks, and drivers wait four days."]
    assert "trade" in article(themes, nlp, "A New Customs Post On The Narva River", story)[-1]


def test_a_crossing_of_refugees_stays_no_trade(themes, nlp):
    story = [
        "LESBOS - Coast guards pulled 40 people from the sea off the island on Sunday after their dinghy capsized.",
        "Aid workers say the crossing has grown more dangerous as boats leave from further up the coast.",
    ]
    assert "trade" not in article(themes, nlp, "Dinghy Capsizes Off Lesbos", story)[1]


HARBOUR = [
    "DJIBOUTI - Before dawn on the old quay, dockhands load sacks of coffee and crates of tea onto freighters bound "
    "for Berbera.",
    "Most of the coffee was grown in Ethiopia, whose ships have not called at Eritrean ports for twenty years.",
    "Traders here say the business has doubled since the quarrel began.",
]


def test_dockhands_loading_goods_for_abroad_are_trade(themes, nlp):
    assert "trade" in article(themes, nlp, "The Harbour That Feeds Two Rivals", HARBOUR)[0]


def test_dockhands_on_strike_at_home_stay_no_trade(themes, nlp):
    story = ["ROTTERDAM - Dockhands walked out on Monday over night shifts, and the union said the strike would last."]
    assert "trade" not in article(themes, nlp, "Dockhands Strike Over Night Shifts", story)[0]
