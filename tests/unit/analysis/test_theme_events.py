"""Armed conflict and relations between states told through their events and procedures, and the look-alikes that
are neither, on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes import Themes, labels


def labelled(themes: Themes, nlp, text: str) -> list[str]:
    return labels(themes.score(nlp(text)))


def test_fire_exchanged_is_fighting_but_accusations_traded_are_no_trade(themes, nlp):
    assert labelled(themes, nlp, "Patrols from the two sides traded fire across the river before dawn.") == ["military"]
    assert "trade" not in labelled(themes, nlp, "The two rivals traded accusations over the market in the square.")
    assert "trade" in labelled(themes, nlp, "The two countries traded grain for fuel in a market of their own.")


def test_a_football_attack_against_a_defence_is_no_war(themes, nlp):
    text = "City's attack finally broke the home defence in the derby, and the goalkeeper could do nothing."
    assert "military" not in labelled(themes, nlp, text)
    assert "military" in labelled(themes, nlp, "The attack broke the army's defence line north of the town.")


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("A roadside bomb hit a bus outside the town on Friday.", "military"),
        ("A man wearing a suicide vest blew himself up at the gate.", "military"),
        ("The group claimed responsibility, saying the men had detonated the device by remote.", "military"),
        ("Austria changed its travel advice for Peru, telling citizens to avoid the border areas.", "diplomacy"),
        ("Chile lodged a protest with Bolivia over the arrest of the two dual nationals.", "diplomacy"),
        ("Denmark's chargé d'affaires was told the wrongfully detained sailors would be freed.", "diplomacy"),
    ],
)
def test_attacks_and_the_procedures_of_states_are_told_through_their_own_words(themes, nlp, text, theme):
    assert theme in labelled(themes, nlp, text)


def test_an_arms_embargo_is_about_weapons_and_shipping_lines_about_trade(themes, nlp):
    assert "military" in labelled(themes, nlp, "Ten states called for an arms embargo on the ruling council.")
    text = "Freight rates doubled as shipping lines sent their container ships around the cape."
    assert labelled(themes, nlp, text) == ["trade"]


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Helicopter gunships circled the valley as rocket fire hit the edge of the camp.", "military"),
        ("The ministry opened a defence procurement tender for coastal radars.", "military"),
        ("Spain updated its travel warning for Morocco, telling citizens to avoid the border.", "diplomacy"),
        ("Lisbon called its ambassador home for consultations after the two nationals were held.", "diplomacy"),
        ("Foreign demand for machinery slowed for a third month.", "trade"),
    ],
)
def test_fire_from_the_air_warnings_abroad_and_demand_from_abroad_are_told_in_their_own_words(themes, nlp, text, theme):
    assert theme in labelled(themes, nlp, text)


def test_a_trader_and_a_tanker_are_weak_words_of_trade(themes, nlp):
    assert "trade" not in labelled(themes, nlp, "The trader walked past the tanker to the cafe.")
    text = "Traders said tankers were loading fuel again, and a bulk carrier sailed with ore."
    assert "trade" in labelled(themes, nlp, text)
