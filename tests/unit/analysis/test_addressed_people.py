"""A "he" or "she" that speaks to someone ("he told Pryce", "she said to Pryce") stands for another person than the one
spoken to, though that one was the subject just before (fictional texts)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

_BEFORE = (
    "Radio host Dana Pryce interviewed Senator Tom Walsh at a rally in Dayton on Friday.",
    "Pryce asked Walsh how long the new bridge would take to build.",
)


@pytest.mark.parametrize("cue", ["he told Pryce, to cheers from the crowd", "he said to Pryce"])
def test_a_pronoun_is_not_the_person_its_verb_speaks_to(nlp, cue):
    rows = said_by(nlp, *_BEFORE, f"“I think two years is enough. Maybe less if the weather holds,” {cue}.")
    assert rows[-1][0] == "Tom Walsh"


def test_the_subject_before_still_speaks_to_someone_else(nlp):
    rows = said_by(
        nlp,
        "Coach Ben Ortiz met the striker Luis Mena after training.",
        "Ortiz told reporters the club would not sell its best players this summer.",
        "“Nobody is leaving this club in June,” he told Mena.",
    )
    assert [speaker for speaker, _ in rows] == ["Ben Ortiz", "Ben Ortiz"]


def test_a_name_inside_the_thing_told_is_no_one_spoken_to(nlp):
    rows = said_by(
        nlp,
        "Senator Tom Walsh spoke last at the dinner in Dayton.",
        "In closing, he told the story of a nurse who held a Walsh sign outside the polling station all day.",
    )
    assert rows == [] or rows[0][0] == "Tom Walsh"
