"""The officials and ministers of the movement that now governs Afghanistan speak for its state, and are
no armed group at war (the military exclusions of the shipped themes file, beside "Taliban government"): "Taliban
officials say drought has cut the flow" after a clash at the border is the state's reply on water, not the fighting.
The movement's fighters and forces, and a war its officials speak of in words of war, keep the military theme.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article

TITLE = "Iranian and Afghan forces trade fire near border dam"
CLASH = (
    "ZARANJ - Iranian border guards and Taliban forces exchanged fire for two hours on Saturday near a border post "
    "below the dam, local officials said. One Afghan fighter was killed."
)


@pytest.mark.parametrize(
    "text",
    [
        "Taliban officials say drought, not the dam, has cut the flow, and that Afghanistan has released all the river "
        "carries.",
        "A Taliban minister told reporters in Kabul that the reservoir was at its lowest level in twenty years.",
        "Taliban officials from the water ministry said a committee of engineers would measure the flow each week.",
    ],
)
def test_the_ruling_movements_officials_on_water_are_no_war(themes, nlp, text):
    assert "military" not in article(themes, nlp, TITLE, [CLASH, text])[1]


@pytest.mark.parametrize(
    "text",
    [
        "Taliban fighters moved two armoured vehicles to the post after the clash, a resident said.",
        "Taliban officials said their forces had returned fire after Iranian guards shelled the post.",
    ],
)
def test_the_movements_fighters_and_its_officials_on_fighting_keep_the_war(themes, nlp, text):
    assert "military" in article(themes, nlp, TITLE, [CLASH, text])[1]
