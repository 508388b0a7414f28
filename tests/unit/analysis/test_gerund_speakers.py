"""Who speaks in a cue gerund after a preposition that the parser hung away from the speaker: on the object of an
effort ("made a point of saying"), or on a verb joined to a passive one ("was booed and shouted down after telling")
(real pipeline, texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "The singer Mira Holt was booed and shouted down by the fans after telling them that they were being "
            "unfair to the band.",
            "Mira Holt",
            "they were being unfair to the band",
        ),
        (
            "The skipper Ola Brandt was fined and banned from the harbour for saying that the pier inspectors were "
            "corrupt.",
            "Ola Brandt",
            "the pier inspectors were corrupt",
        ),
    ],
)
def test_a_gerund_on_a_verb_joined_to_a_passive_is_said_by_the_subject_of_the_passive(nlp, text, speaker, said):
    assert said_by(nlp, text) == [(speaker, said)]


def test_a_gerund_after_making_a_point_is_said_by_who_made_it(nlp):
    text = "Councillor Ilse Arden made a point of saying the old pier was a place of pride for the town."
    assert said_by(nlp, text) == [("Ilse Arden", "the old pier was a place of pride for the town")]
