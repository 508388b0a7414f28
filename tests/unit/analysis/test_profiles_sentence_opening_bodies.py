"""A state body's noun that opens a sentence capitalised before a role ("Ministry spokeswoman X said") refers to the
state body that spoke before, as "a ministry spokeswoman" does, rather than naming a body called "Ministry". Fictional
people and statements; each case is (paragraphs, (speaker, kind, affiliation) of each quote)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Chile's defence ministry said in a statement that the drills were routine. Ministry spokeswoman Ana "
                "Ruiz told reporters in Santiago that six frigates were taking part.",
            ),
            [
                ("Chile's defence ministry", "institution", ""),
                ("Ana Ruiz", "official", "Chile's defence ministry"),  # was "Ministry"
            ],
        ),
        (
            (
                "Peru's foreign ministry said it had summoned the ambassador.",
                "Ministry spokesman Luis Prado said the meeting would take place on Monday.",
            ),
            [
                ("Peru's foreign ministry", "institution", ""),
                ("Luis Prado", "official", "Peru's foreign ministry"),  # was "Ministry"
            ],
        ),
    ],
)
def test_a_body_noun_opening_a_sentence_refers_to_the_body_that_spoke(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected
