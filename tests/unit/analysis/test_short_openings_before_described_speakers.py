""" "“Water,” said Venn, a Kettering volunteer. “Clean water in every school.”": a short quotation that is a sentence of
its own, with its cue after it and another quotation in the next sentence, opens what the speaker said, though a
short description follows the speaker's name (real pipeline, US campaign news of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

_INTRO = "Marla Venn, a school nurse, and Tom Oakes, a retired teacher, waited outside the debate hall in Dayton."


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "\u201cWater,\u201d said Venn, a Kettering volunteer. \u201cClean water in every school, that is my "
            "issue.\u201d",
            ("Marla Venn", "\u201cWater,\u201d \u201cClean water in every school, that is my issue.\u201d"),
        ),
        (
            "\u201cMaybe,\u201d said Oakes, the only undecided voter on his street. \u201cI will decide after the "
            "last debate.\u201d",
            ("Tom Oakes", "\u201cMaybe,\u201d \u201cI will decide after the last debate.\u201d"),
        ),
    ],
)
def test_the_short_quotation_and_the_next_are_one_quote(nlp, text, said):
    assert said_by(nlp, _INTRO, text) == [said]


def test_a_name_alone_after_the_cue_still_works(nlp):
    text = "\u201cWater,\u201d said Venn. \u201cClean water in every school, that is my issue.\u201d"
    said = "\u201cWater,\u201d \u201cClean water in every school, that is my issue.\u201d"
    assert said_by(nlp, _INTRO, text) == [("Marla Venn", said)]
