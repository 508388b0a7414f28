"""Staff are people who speak without being named: "Council staff believe …" is reported speech as "council staff
say …" is (GUIDELINES.md: "believe" is a cue). Fictional text."""

from __future__ import annotations

from tests.quoting import said_by


def test_staff_who_believe_something_are_unnamed_speakers(nlp):
    rows = said_by(nlp, "Council staff believe the ferry dock needs a new ramp before the summer season.")
    assert rows == [("", "the ferry dock needs a new ramp before the summer season")]
