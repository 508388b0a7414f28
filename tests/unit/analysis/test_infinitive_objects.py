"""A clause said after the setting of a cue whose verb goes on in an infinitive with an object of its own ("said in a
press release that it planned to ask regulators for approval"), which the parser read as a relative clause of the
setting's noun, is what was said (infinitive_objects)."""

from __future__ import annotations

from tests.quoting import said_by


def test_that_taken_for_the_object_of_an_infinitive_on_a_release_opens_what_was_said(nlp):
    said = said_by(
        nlp,
        "Bramblewick Foods makes oat milk. The company said in a press release that it planned to ask regulators "
        "for approval.",
    )
    assert [quote for _, quote in said] == ["it planned to ask regulators for approval"]


def test_a_clause_without_that_after_a_briefing_is_what_was_told(nlp):
    said = said_by(
        nlp,
        "Mission manager Odile Farrant-Ngata told reporters at the briefing the agency planned to launch the probe "
        "next year.",
    )
    assert said == [("Odile Farrant-Ngata", "the agency planned to launch the probe next year")]


def test_a_true_relative_clause_on_the_setting_is_no_content(nlp):
    said = said_by(nlp, "Odile Farrant-Ngata spoke in a video that she planned to post on Monday.")
    assert said == []
