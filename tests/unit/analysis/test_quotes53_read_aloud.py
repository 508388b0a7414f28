"""A person reading words aloud is quoted; a sign or a document that "reads" is no speaker (texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_person_reading_a_quotation_aloud_speaks_it(nlp):
    rows = said_by(
        nlp,
        f"In a letter to the court, the neighbours described the empty porch. {L}He was the kindest man on our "
        f"street,{R} Margaret Ellison read, "
        "her hands shaking.",
    )
    assert ("Margaret Ellison", f"{L}He was the kindest man on our street,{R}") in rows


def test_a_sign_that_reads_is_no_speaker(nlp):
    rows = said_by(
        nlp, f"The road was closed at the bridge. {L}No trucks past this point after dark,{R} the sign read."
    )
    assert rows == []
