""" "The city said" in a local story datelined "TOWN, State —" that names the town again is that town speaking as its
government (datelined_towns.py); a story filed from a capital alone ("WASHINGTON (AP) —") gives no city (fictional
text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_city_of_a_local_dateline_speaks_as_that_town(nlp):
    rows = said_by(
        nlp,
        "GRAYMOOR FALLS, Vt. — A flood has closed three of Graymoor Falls’s bridges, and the water plant is running on "
        "a generator.",
        "Residents lined up for bottled water outside the library on Monday. In a post on its website, the city said "
        "the plant would be back to normal power by Thursday.",
    )
    assert ("Graymoor Falls", "the plant would be back to normal power by Thursday") in rows


def test_a_capital_alone_gives_no_city(nlp):
    rows = said_by(
        nlp,
        "WASHINGTON (AP) — A flood has closed three bridges in a small Vermont town, and Washington has promised help.",
        "In a post on its website, the city said the plant would be back to normal power by Thursday.",
    )
    assert [speaker for speaker, quote in rows if "the plant" in quote] != ["Washington"]
