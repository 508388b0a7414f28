""" "According to his biography, …": a writing of a person's own speaks for the person "his" or "her" stands for, as a
statement speaks for whoever issued it (texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("intro", "sentence", "speaker", "said"),
    [
        (
            "Walter Pennock ran the county fair board for two decades.",
            "According to his biography, Pennock grew up on a dairy farm near the river.",
            "Walter Pennock",
            "Pennock grew up on a dairy farm near the river",
        ),
        (
            "Ann Marsh sued the county over the closure of the pier.",
            "According to her account, the county never told the fishermen about the closure.",
            "Ann Marsh",
            "the county never told the fishermen about the closure",
        ),
    ],
)
def test_own_writing_speaks_for_its_owner(nlp, intro, sentence, speaker, said):
    assert said_by(nlp, intro, sentence) == [(speaker, said)]


def test_a_writing_with_no_owner_stays_unnamed(nlp):
    rows = said_by(
        nlp,
        "Walter Pennock ran the county fair board for two decades.",
        "According to the biography, Pennock grew up on a dairy farm near the river.",
    )
    assert rows == [("", "Pennock grew up on a dairy farm near the river")]
