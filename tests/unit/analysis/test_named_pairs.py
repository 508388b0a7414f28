"""A "they" right after two people named together as a sentence's subject stands for that pair (named_pairs.py)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

PAIR = "Tomas Ekwall and Rina Morsby of Kestrel University suggest that the river plan failed."


@pytest.mark.parametrize(
    "paragraphs",
    [
        (PAIR, "They argue that the county could have bought the flood meadows a decade ago."),
        (PAIR + " They argue that the county could have bought the flood meadows a decade ago.",),
        (PAIR, "The county could have bought the flood meadows a decade ago, they argue, perhaps with a bond."),
        (PAIR, "The county could have bought the flood meadows a decade ago, they say."),
        (
            "But Tomas Ekwall and Rina Morsby say other changes are needed.",
            "The flood meadows were sold too cheaply, they say.",
        ),
        (
            "Mr. Ekwall and Mr. Morsby say other changes are needed.",
            "They say the flood meadows were sold too cheaply.",
        ),
    ],
)
def test_they_after_a_named_pair_is_that_pair(nlp, paragraphs):
    quotes = said_by(nlp, *paragraphs)
    assert any("flood meadows" in quote and _of_pair(speaker) for speaker, quote in quotes), quotes


def test_they_after_a_pair_that_is_not_the_subject_stays_unresolved(nlp):
    quotes = said_by(
        nlp,
        "The county thanked Tomas Ekwall and Rina Morsby for the river survey.",
        "They argue that the county could have bought the flood meadows a decade ago.",
    )
    assert not any("flood meadows" in quote and _of_pair(speaker) for speaker, quote in quotes), quotes


def _of_pair(speaker: str) -> bool:
    return "Ekwall" in speaker or "Morsby" in speaker
