"""A firm told by the state that owns it ("Russia's state nuclear corporation", "China's state railway company") at
work in another state named in its sentence is a venture abroad, as a firm told by its people's adjective is
(themes/ventures.py). Such a firm at home, or with no other state named, stays as it was. Fictional texts on the real
spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes.ventures import venture_abroad
from tests.theming import article


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Workers poured the first concrete for Uzbekistan's first nuclear power plant, which Russia's state "
            "nuclear corporation is building near the lake.",
            "Russia corporation plant Uzbekistan",
        ),
        (
            "China's state railway company is building the line from Mombasa to Nairobi in Kenya.",
            "China company build Kenya",
        ),
        ("France's biggest carmaker will build a plant in Morocco next year.", "France carmaker build Morocco"),
    ],
)
def test_a_firm_told_by_its_owning_state_at_work_in_another_is_a_venture(nlp, text, told):
    assert venture_abroad(nlp(text)) == told


@pytest.mark.parametrize(
    "text",
    [
        "Russia's state nuclear company is building a plant in Russia's far north.",
        "Germany's largest builder put up new towers in Berlin.",
        "Turkey's state company built the bridge, the ministry said.",
    ],
)
def test_such_a_firm_at_home_or_with_no_other_state_is_no_venture(nlp, text):
    assert venture_abroad(nlp(text)) == ""


def test_a_plant_a_state_company_builds_abroad_is_trade_in_its_story(themes, nlp):
    found = article(
        themes,
        nlp,
        "Kazakhstan pours first concrete at nuclear plant",
        [
            "ALMATY - Workers poured the first concrete on Monday for Kazakhstan's first nuclear power plant, which "
            "China's state nuclear corporation is building by the lake, as the presidents of the two countries "
            "watched by video link.",
            "China is lending Kazakhstan most of the plant's cost of about $4 billion.",
        ],
    )
    assert "trade" in found[0]
