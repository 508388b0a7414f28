""" "TOWN, Ont. —": a dateline whose province or state is abbreviated in title case ("Ont.", "Alta.", "Calif.",
"Wisc."), as the Canadian Press and the Associated Press write it, is a dateline, so "the town said" in a local story
filed from there and naming the town again is that town speaking as its government (region_abbreviations.py,
datelined_towns.py); a story with no dateline, or whose dateline's place is not named again, gives no town (fictional
text)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of, said_by


def test_a_town_under_an_abbreviated_province_speaks_as_its_government(nlp):
    rows = profiles_of(
        nlp,
        "TAMARACK POINT, Ont. — Tamarack Point council voted on Tuesday to close the outdoor rink two weeks early.",
        "In a statement, the town said the early closing would save about $9,000 in staff time.",
    )
    assert ("Tamarack Point", "institution", "") in rows


def test_the_abbreviation_of_a_prairie_province(nlp):
    rows = said_by(
        nlp,
        "CEDAR NARROWS, Alta. — The water tower in Cedar Narrows will be drained for repairs next month.",
        "Residents should boil their water for three days after it is refilled, the town said on Friday.",
    )
    assert ("Cedar Narrows", "Residents should boil their water for three days after it is refilled") in rows


def test_the_abbreviation_of_a_us_state(nlp):
    rows = said_by(
        nlp,
        "PELL CROSSING, Wisc. — A landslide has closed the only road into Pell Crossing for the second time this "
        "winter.",
        "The city said crews would work through the weekend to clear it.",
    )
    assert ("Pell Crossing", "crews would work through the weekend to clear it") in rows


@pytest.mark.parametrize(
    "first",
    [
        "Tamarack Point council voted on Tuesday to close the outdoor rink two weeks early.",  # no dateline
        "TAMARACK POINT, Ont. — A provincial report on rural arenas was released on Tuesday.",  # not named again
    ],
)
def test_no_dateline_or_a_dateline_place_not_named_again_gives_no_town(nlp, first):
    rows = said_by(nlp, first, "In a statement, the town said the early closing would save about $9,000 in staff time.")
    assert [speaker for speaker, quote in rows if "early closing" in quote] == [""]
