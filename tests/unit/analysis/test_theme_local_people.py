"""A war told through the people of the place it hit: villagers and fishermen are weak words of war that carry it
only as its effects, in an article about a war (see `effects` in data/themes.toml). The same people in a story of a
flood take no theme. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_villagers_and_fishermen_go_on_with_a_war(themes, nlp):
    labels = article(
        themes,
        nlp,
        "Navy Drill Closes Gulf As Rocket Strike Hits Port",
        [
            "A rocket strike hit the fuel depot at the port of Sarnel on Monday night, as the navy began a live-fire "
            "drill with warships and fighter jets across the gulf, the defence ministry said.",
            "Fishermen in the harbour said they had been told to keep their boats tied up until Friday.",
            "Villagers on the cape said they had packed their cars and would sleep at a cousin's farm inland.",
        ],
    )
    assert labels[0] == ["military"]
    for paragraph in labels[1:]:
        assert "military" in paragraph


def test_villagers_and_fishermen_in_a_flood_take_no_theme(themes, nlp):
    labels = article(
        themes,
        nlp,
        "River Floods Low Town After Week Of Rain",
        [
            "The river burst its banks at Meltrow on Monday after a week of heavy rain, flooding 300 homes.",
            "Fishermen in the harbour said they had been told to keep their boats tied up until Friday.",
            "Villagers on the cape said they had packed their cars and would sleep at a cousin's farm inland.",
        ],
    )
    assert labels == [[], [], []]
