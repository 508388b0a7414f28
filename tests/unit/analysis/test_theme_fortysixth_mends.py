"""Themes of the mends after the forty-sixth probe batch (technology, cyber and space in world affairs): a war or a
battle whose sides are businesses ("the cyber war between two game studios") is a rivalry between firms, no armed
conflict. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_a_war_between_two_game_studios_is_no_military(nlp, themes):
    (rivalry,) = article(
        themes,
        nlp,
        "Studio rivalry heats up",
        [
            'The "cyber war" between game studios Quillbright and Morrow Interactive flared on Friday when Morrow '
            "sued, saying its rival had copied the combat mode of its top title."
        ],
    )
    assert "military" not in rivalry, rivalry


def test_a_battle_between_two_airlines_is_no_military(nlp, themes):
    (rivalry,) = article(
        themes,
        nlp,
        "Fare fight",
        ["The battle between airlines Skyvane and Orla Air for the Dunmore route turned to combat over landing slots."],
    )
    assert "military" not in rivalry, rivalry


def test_a_war_between_two_armed_forces_stays_military(nlp, themes):
    (war,) = article(
        themes,
        nlp,
        "Fighting spreads",
        ["The war between the army and the Rapid Guard militia spread to the river towns on Friday, residents said."],
    )
    assert "military" in war, war
