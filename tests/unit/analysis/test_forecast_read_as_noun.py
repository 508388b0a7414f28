""" "Penworth forecast that …": a cue whose past tense is its plain form, which the tagger read as a noun after a
name, speaks for that name when the sentence has no other verb (texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

_INTRO = "Harold Penworth has run the Idaho water board since the drought of 2021."


@pytest.mark.parametrize(
    ("sentence", "speaker", "said"),
    [
        (
            "Penworth forecast that the reservoir would refill by the middle of May.",
            "Harold Penworth",
            "the reservoir would refill by the middle of May",
        ),
        (
            "The IMF forecast that growth in the region would slow to 2 percent next year.",
            "IMF",
            "growth in the region would slow to 2 percent next year",
        ),
    ],
)
def test_forecast_read_as_a_noun_speaks_for_the_name_before_it(nlp, sentence, speaker, said):
    assert said_by(nlp, _INTRO, sentence) == [(speaker, said)]
