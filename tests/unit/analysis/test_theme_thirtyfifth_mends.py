"""Themes of the mends made after the thirty-fifth probe batch: a drill or an exercise of armed forces named in a
story's lead goes on as "the exercise" or "the drill" in a later paragraph with no word of war of its own ("Ferry
services were suspended until the exercise is over"). Fictional texts on the real spaCy pipeline with the shipped
themes file."""

from __future__ import annotations

from tests.theming import article

PROTEST = [
    "TALLINN - Estonia on Monday protested a Russian naval exercise off the island of Hiiumaa and asked Moscow to "
    "explain why its ships came so close to the coast.",
    "The foreign ministry summoned Russia's charge d'affaires and handed him a note.",
    "Ferry services to the island were suspended until the exercise is over, the harbour master said.",
]


def test_a_naval_exercise_told_on_as_the_exercise_is_military(themes, nlp):
    assert "military" in article(themes, nlp, "Estonia Protests Russian Fleet Exercise", PROTEST)[2]


def test_the_exercise_after_a_lead_of_no_war_stays_no_military(themes, nlp):
    story = [
        "TALLINN - The city council on Monday held a fire evacuation exercise at the old town hall, and the mayor "
        "said it had gone well.",
        "The council's spokesman said staff had left the building in four minutes.",
        PROTEST[2],
    ]
    assert "military" not in article(themes, nlp, "Town Hall Evacuation Practice", story)[2]
