"""Themes of the mends after the seventy-second probe batch (war memory, commemorations, apologies and reparations
between states): a governor general is no general but stands with another state's head as relations between states, a
side's defence that concedes goals is a team's, a state speaks alone through a voice whose name is set between commas,
and two states' joint teams are work between states. Fictional texts on the real spaCy pipeline with the shipped themes
file."""

from __future__ import annotations

from tests.theming import article

SALUTE = [
    "Soldiers from Australia and Belgium marched through Ypres on Sunday to mark 110 years since the first battle "
    "fought around the town.",
    "The Belgian queen and Australia's governor general unveiled a plaque at the town gate, where 6,000 people had "
    "gathered in the rain.",
    "Australia's foreign minister, who flew in for the day, said the two countries would sign a new pact on war "
    "graves in May.",
]


def test_a_governor_general_is_no_general_but_a_head_beside_another_states(nlp, themes):
    unveiled = article(themes, nlp, "Australian, Belgian soldiers march in Ypres", SALUTE)[1]
    assert "military" not in unveiled, unveiled
    assert "diplomacy" in unveiled, unveiled


DRAW = [
    "Kelverton were held to a goalless draw at Ostley on Saturday, their third in a row.",
    "Kelverton's attack pressed all afternoon but could not break through a defence that has conceded only six goals "
    "at home all year.",
]


def test_a_defence_that_concedes_goals_is_a_team(nlp, themes):
    pressed = article(themes, nlp, "Kelverton held at Ostley", DRAW)[1]
    assert "military" not in pressed, pressed


MAP = [
    "Chile summoned Peru's ambassador on Monday over a new Peruvian map that shows a disputed fishing zone as Peruvian "
    "waters.",
    "Chile's foreign ministry called the map a provocation and asked Lima to withdraw it.",
    "Peru's cabinet secretary, Rosa Quispe, told reporters that the map had been drawn by an independent institute and "
    "that the government did not set its lines.",
]


def test_a_state_speaks_alone_through_a_voice_named_between_commas(nlp, themes):
    answered = article(themes, nlp, "Chile summons Peru's envoy over map", MAP)[2]
    assert "diplomacy" in answered, answered


GRAVES = [
    "HANOI - Vietnam and the United States agreed on Monday to widen the search for soldiers missing since the war.",
    "The bones were found in March by joint Vietnamese and American teams who dug for three months on a hillside in "
    "Kon Tum province.",
]


def test_two_states_joint_teams_are_work_between_them(nlp, themes):
    found = article(themes, nlp, "Search for war missing widens", GRAVES)[1]
    assert "diplomacy" in found, found
