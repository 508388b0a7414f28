"""States told as sides are a relation between states (see themes/sides.py): "the Kazakh side said", "each side
accused the other"; a side that is a place ("on the Latvian side of the river") or a party at home ("the Democratic
side") is none. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes.sides import sided
from tests.theming import article


def test_states_told_as_sides_are_found_and_places_and_parties_are_not(nlp):
    for text in [
        "The working group will gather again in Aktau in March, the Kazakh side said.",
        "The Mongolian side has proposed moving the talks to Ulaanbaatar.",
        "The ceasefire held for two weeks before each side blamed the other for a mortar attack.",
        "One side wants the line drawn along the ridge, and the other side wants it drawn along the valley.",
    ]:
        assert sided(nlp(text)), text
    for text in [
        "Farmers on the Latvian side of the river said the water had risen overnight.",
        "Trees grow on either side of the road, and the other road is closed.",
        "The Democratic side of the committee walked out before the vote.",
        "Each side of the box is painted blue.",
        "The home side scored twice in the second half.",
        "Each side scored once. The other match was called off.",
    ]:
        assert not sided(nlp(text)), text


def test_a_side_continues_a_story_of_relations_between_states(themes, nlp):
    labels = article(
        themes,
        nlp,
        "Kazakhstan And Kyrgyzstan Argue Over River Quotas",
        [
            "ASTANA, May 4 - Kazakhstan accused Kyrgyzstan on Monday of breaking a 2019 accord on the release of water "
            "from a reservoir on the Chu river, leaving wheat fields short before the harvest.",
            "The Kyrgyz foreign ministry said the releases were within the agreed limits and invited Kazakh officials "
            "to inspect the dam.",
            "The joint water board is due to gather in Taraz on Thursday, the Kyrgyz side said.",
            "A similar quarrel in 2021 was settled after each side accused the other of hiding the real figures.",
        ],
    )
    assert "diplomacy" in labels[2]
    assert "diplomacy" in labels[3]


def test_sides_in_a_story_at_home_take_no_diplomacy(themes, nlp):
    labels = article(
        themes,
        nlp,
        "Council Budget Vote Delayed Again",
        [
            "The city council put off its budget vote for a third time on Tuesday after a row over bus fares.",
            "Each side accused the other of playing games with the vote, and the mayor said she would call them "
            "back next week.",
        ],
    )
    assert "diplomacy" not in labels[1]


def test_the_sides_of_a_war_blaming_each_other_are_no_relations_on_their_own(themes, nlp):
    labels = article(
        themes,
        nlp,
        "Mortar Fire Hits River Town",
        [
            "Mortar fire killed three people in the river town of Velsk on Sunday, local officials said, as each side "
            "blamed the other for ending a week of calm.",
        ],
    )
    assert labels[0] == ["military"]
