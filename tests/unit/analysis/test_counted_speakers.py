"""One of a group, counted ("One of the inspectors said …", "one of the doctors called X a quack"), speaks unnamed,
though the tagger took "one" for a number (texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_one_of_a_group_speaks_unnamed(nlp):
    assert said_by(nlp, "One of the inspectors said the two cases were quite different.") == [
        ("", "the two cases were quite different")
    ]
    assert said_by(
        nlp,
        "But even as Brandt claimed on Tuesday that the ferry was safe, one of the former inspectors for the harbour"
        " said the two cases were quite different.",
    )[-1] == ("", "the two cases were quite different")


def test_one_of_a_group_calls_someone_names(nlp):
    assert said_by(nlp, "One of the doctors called Dr. Ann Ross a quack, fake and charlatan.") == [
        ("", "Dr. Ann Ross a quack, fake and charlatan")
    ]
