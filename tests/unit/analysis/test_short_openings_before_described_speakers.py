""" "“Jobs,” said Venn, a Kettering supporter. “Jobs for the whole valley.”": a short quotation that is a sentence of
its own, with its cue after it and another quotation in the next sentence, opens what the speaker said, though a
short description follows the speaker's name (real pipeline, US campaign news of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

_INTRO = "Marla Venn, 58, a nurse from Reno, and Tom Oakes, a retired teacher, stood outside the debate hall."


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "\u201cJobs,\u201d said Venn, a Kettering supporter. \u201cJobs for the whole valley, everybody.\u201d",
            ("Marla Venn", "\u201cJobs,\u201d \u201cJobs for the whole valley, everybody.\u201d"),
        ),
        (
            "\u201cHonestly?\u201d said Oakes, the only undecided voter in his family. \u201cI have not made up my "
            "mind yet.\u201d",
            ("Tom Oakes", "\u201cHonestly?\u201d \u201cI have not made up my mind yet.\u201d"),
        ),
    ],
)
def test_the_short_quotation_and_the_next_are_one_quote(nlp, text, said):
    assert said_by(nlp, _INTRO, text) == [said]


def test_a_name_alone_after_the_cue_still_works(nlp):
    text = "\u201cJobs,\u201d said Venn. \u201cJobs for the whole valley, everybody.\u201d"
    said = "\u201cJobs,\u201d \u201cJobs for the whole valley, everybody.\u201d"
    assert said_by(nlp, _INTRO, text) == [("Marla Venn", said)]
