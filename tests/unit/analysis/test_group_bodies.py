"""A group of people from a body, left unnamed, speaks for that body: "Monitors from the Tarvian Electoral League
said" is an unnamed group whose affiliation is the league, whatever the group's noun; and a body set off by its
initials inside the group's description ("Observers from the League for Fair Votes in Tarvia (LFVT) said") is no
person's name. Fictional sentences."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import quote_rows_of


@pytest.mark.parametrize("group", ["Monitors", "Inspectors", "Rescuers", "Staff", "Peacekeepers", "Weapons inspectors"])
@pytest.mark.parametrize("preposition", ["from", "of"])
def test_a_group_from_a_body_is_unnamed_and_of_that_body(nlp, group, preposition):
    lede = "The Halvern Relief Agency sent a team to the valley on Monday."
    sentence = f"{group} {preposition} the Halvern Relief Agency said the bridge had been swept away."
    rows = quote_rows_of(nlp, lede, sentence)
    assert [(r["speaker"], r["speaker_kind"], r["affiliation"]) for r in rows] == [
        ("", "unnamed", "Halvern Relief Agency")
    ]
    assert rows[0]["role"].casefold() == group.casefold()


def test_a_group_from_a_place_takes_no_body(nlp):
    sentence = "Rescuers from Lisbon said the bridge had been swept away."
    assert profiles(nlp, "Floods in the valley", sentence) == [("", "unnamed", "")]


def test_observers_from_a_body_set_off_by_its_initials_are_no_person(nlp):
    sentence = (
        "Observers from the League for Fair Votes in Tarvia (LFVT) said in a statement that the count had been orderly."
    )
    got = profiles(nlp, "Count begins in Tarvia", sentence)
    assert len(got) == 1 and got[0][:2] == ("", "unnamed"), got
    assert got[0][2].startswith("League for Fair Votes"), got
