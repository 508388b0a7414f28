"""A quantity of people as the subject of a cue of judgement reports what they said, as the people would; a quantity
of things does not (real pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_number_of_people_suggesting_reports_what_they_said(nlp):
    text = "A number of fishermen suggested such a harbour tax was unfair to the small boats."
    assert said_by(nlp, text) == [("", "such a harbour tax was unfair to the small boats")]


def test_a_number_of_studies_suggesting_reports_no_speech(nlp):
    text = "A number of studies suggested such a harbour tax was unfair to the small boats."
    assert said_by(nlp, text) == []
