"""Cues whose noun object is what was said: "explained the delay", and "call X Y" with its
predicate hung on the object ("called her late son her hero", "called the plan unfair") (real pipeline, texts of
our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Anna Pike, the harbour chief, explained the reasons for the new ferry timetable.",
            ("Anna Pike", "the reasons for the new ferry timetable"),
        ),
        (
            "Tom Reyes explained the delay in a letter to the ferry users last week.",
            ("Tom Reyes", "the delay in a letter to the ferry users last week"),
        ),
    ],
)
def test_the_object_of_explain_is_what_was_said(nlp, text, said):
    assert said_by(nlp, text) == [said]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Tom Reyes once called his late father his hero.", "his late father his hero"),
        ("Tom Reyes called the ferry plan unfair to the island towns.", "the ferry plan unfair to the island towns"),
    ],
)
def test_a_predicate_hung_on_the_object_of_call_makes_it_said(nlp, text, said):
    assert said_by(nlp, text) == [("Tom Reyes", said)]


def test_calling_someone_on_the_phone_says_nothing(nlp):
    assert said_by(nlp, "Tom Reyes called the harbour office twice before noon.") == []
