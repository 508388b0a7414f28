"""The label of a story's genre set before a headline or a paragraph ("Explainer: Why …", "FACTBOX: …", "Insight: …",
"Timeline: …") names nobody, even when the parser takes it for a person's name: the words after it are no one's
quote (texts of our own); a named turn after it keeps its speaker."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    "paragraph",
    [
        "Explainer: Why Chile and Peru are back at the table over the Lauca river",
        "EXPLAINER: What the new tariffs on copper mean for Chile and Peru",
        "Factbox: The ports that handle most of Peru's copper exports to Asia",
        "Insight: Behind the quiet talks that brought Chile and Peru back to the table",
        "Timeline: Three decades of disputes over the waters of the Lauca river",
        "Commentary: Chile and Peru need a water treaty more than a trade deal",
    ],
)
def test_a_genre_label_is_no_speaker(nlp, paragraph):
    lede = "Chile and Peru resumed talks this week over the waters of the Lauca river."
    assert [speaker for speaker, _ in said_by(nlp, paragraph, lede) if speaker] == []


def test_a_named_turn_still_has_its_speaker(nlp):
    lede = "Marisol Quintanar-Vidal, a water engineer in Arica, has studied the Lauca river for twenty years."
    rows = said_by(nlp, lede, "Quintanar-Vidal: The river has lost a third of its flow since the canal was dug.")
    assert ("Marisol Quintanar-Vidal", "The river has lost a third of its flow since the canal was dug.") in rows
