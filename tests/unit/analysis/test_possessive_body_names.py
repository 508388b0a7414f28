"""A members' body the recogniser missed whose name holds a plural possessive ("The Maritime Rural Physicians’
Society said"): the speaker is the whole name, not its last word "Society" (possessive_name_marks.py)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_society_named_with_a_curly_possessive(nlp):
    rows = said_by(
        nlp, "The Maritime Rural Physicians\u2019 Society said rural family medicine was at a breaking point."
    )
    assert [speaker for speaker, _ in rows] == ["Maritime Rural Physicians\u2019 Society"]


def test_a_society_named_with_a_straight_possessive(nlp):
    rows = said_by(nlp, "The Maritime Rural Physicians' Society said rural family medicine was at a breaking point.")
    assert [speaker for speaker, _ in rows] == ["Maritime Rural Physicians' Society"]


def test_a_name_whose_first_words_were_taken_for_a_person(nlp):
    rows = said_by(nlp, "Fenwick Valley Beekeepers\u2019 Society said the spring had been the worst in memory.")
    assert [speaker for speaker, _ in rows] == ["Fenwick Valley Beekeepers\u2019 Society"]


def test_a_body_of_lower_case_words_keeps_its_description(nlp):
    rows = said_by(nlp, "In the valley, the growers\u2019 association said the frost had taken half the crop.")
    assert [speaker for speaker, _ in rows] == ["growers\u2019 association"]
