""" "Her mother, Abena, taught her to cook, she recalls": a relative of the pronoun's own gender named in the very
sentence the pronoun reports is whom the speaker speaks of, and the one "her" means speaks (texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

_INTRO = "Marisol Quenby-Adair runs a small dumpling shop on Wharf Lane, and she says it began at home."


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Her mother, Ottilie, taught her to fold dumplings before she could read, she recalls.", "taught her to fold"),
        ("Her sister, Jolene, washed the dishes for the first two years, she says.", "washed the dishes"),
    ],
)
def test_a_relative_named_in_what_is_reported_is_not_the_speaker(nlp, sentence, said):
    rows = said_by(nlp, _INTRO, sentence)
    assert [speaker for speaker, quote in rows if said in quote] == ["Marisol Quenby-Adair"]
