""" "Her aunt, Solveig Brekke, ran it for thirty years. “Solveig never missed a crossing,” she says.": a "he" or "she"
after a quotation is not a person the quotation speaks of by name; people name others, not themselves, in what they
say, unless as others speak of them ("the columnists all say Abel Quarrington-Ray is finished,” he said") (texts of our
own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Maren Tollefsen-Hart makes wine on the hill above the river. Her grandmother, Rosa Tollefsen, planted the "
            "first vines in 1974. “Grandma Rosa told me they made wine from what the frost left,” she says.",
            "Maren Tollefsen-Hart",
        ),
        (
            "Dagny Orvik runs the ferry to the island. Her aunt, Solveig Brekke, ran it for thirty years before her. "
            "“Solveig never missed a crossing in all that time,” she says.",
            "Dagny Orvik",
        ),
    ],
)
def test_a_pronoun_after_a_quotation_is_not_whom_it_names(nlp, text, speaker):
    assert [name for name, _ in said_by(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    "quotation",
    [
        "“The columnists all say Abel Quarrington-Ray is finished,” he said.",
        "“Everyone tells me Abel Quarrington-Ray cannot win here,” he said.",
    ],
)
def test_a_speaker_may_name_himself_as_others_speak_of_him(nlp, quotation):
    text = f"Mayor Tom Birch introduced him. Abel Quarrington-Ray then spoke to a crowd in Fresno. {quotation}"
    assert [name for name, _ in said_by(nlp, text)] == ["Abel Quarrington-Ray"]
