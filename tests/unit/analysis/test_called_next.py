"""Someone described and given a name only in the sentence after ("He asked to be called X", "She gave her name as
X"): the described speaker is the person so named (called_next)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("naming", "name"),
    [
        ("He asked to be called Tarek.", "Tarek"),
        ("He gave his name only as Tarek.", "Tarek"),
        ("He asked to be identified only as Tarek Samir.", "Tarek Samir"),
    ],
)
def test_a_described_speaker_is_the_name_the_next_sentence_gives(nlp, naming, name):
    paragraph = (
        "The young man from Orlavia, who is 23, said he had paid a smuggler $4,000 in Varnek for a two-hour walk. "
        f"{naming} “They lied about everything,” {name} said."
    )
    said = said_by(nlp, paragraph)
    assert (name, "he had paid a smuggler $4,000 in Varnek for a two-hour walk") in said, said


def test_a_described_speaker_followed_by_no_naming_stays_unnamed(nlp):
    paragraph = "The young man from Orlavia said he had paid a smuggler. He asked for water. “We walked,” he said."
    assert all(speaker == "" for speaker, _ in said_by(nlp, paragraph))
