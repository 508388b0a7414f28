"""One of a group, counted ("One of the inspectors said …", "one of the doctors called X a showman"), speaks unnamed,
though the tagger took "one" for a number (texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_one_of_a_group_speaks_unnamed(nlp):
    assert said_by(nlp, "One of the inspectors said the two inspections had found very different faults.") == [
        ("", "the two inspections had found very different faults")
    ]


def test_one_of_a_group_calls_someone_names(nlp):
    assert said_by(nlp, "One of the doctors called Dr. Ann Ross a showman with no business running a clinic.") == [
        ("", "Dr. Ann Ross a showman with no business running a clinic")
    ]
