"""Themes of a struggle said to feel "like a battle", a pattern the eighty-second blind batch got wrong (an angler on
the fish she hauled in took military): as a season "like a cold war" or a street "like a war zone", the simile says how
it felt, not that a battle was fought; and the near-misses that keep their war (a battle fought, and one said to be
"like" another battle). Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article


@pytest.mark.parametrize(
    "text",
    [
        '"It felt like a battle the whole way up," she said. "My arms were shaking and my son kept shouting that it '
        'was a shark."',
        "Getting the piano up four flights of stairs was like a battle, the removal men said, and took most of the "
        "morning.",
        "For the volunteers who kept the shelter open through the snow, every night was like a battle against the "
        "cold.",
    ],
)
def test_a_struggle_like_a_battle_is_no_war(themes, nlp, text):
    found = article(themes, nlp, "Village gets through a hard winter", [text])
    assert "military" not in found[0], found


@pytest.mark.parametrize(
    "text",
    [
        "Troops fought a battle with insurgents for the ridge above the town on Tuesday, and artillery shelled their "
        "positions through the night.",
        "The battle for the port, like a battle fought over the same streets in 1944, left most of the old town in "
        "ruins, and army units were still clearing mines.",
    ],
)
def test_a_battle_fought_keeps_its_war(themes, nlp, text):
    found = article(themes, nlp, "Fighting for the port", [text])
    assert "military" in found[0], found
