"""What was said when the parser hangs it away from the cue: a sentence joined by "but" whose first verb is a
participle with its own "is" before "…, said X" closing it (not a scene set by "When … was asked …, she laughed"),
and a clause with no "that" after the setting of the cue ("said after the vote he would …") that the parser made an
adverbial clause of the cue (texts of our own)."""

from __future__ import annotations

from tests.quoting import R, said_by

_JOINED = "In the valley, the old mill is still running, but it is under heavy pressure from cheap imports"


def test_a_clause_of_a_participle_with_its_own_auxiliary_is_what_a_closing_cue_reports(nlp):
    paragraph = f"{_JOINED}, said the firm's chief executive, Tomas Brandt."
    assert said_by(nlp, paragraph) == [("Tomas Brandt", _JOINED)]


def test_a_question_put_to_the_speaker_in_a_when_clause_is_not_what_she_laughed(nlp):
    paragraph = (
        "When Ada Renner, the county's flood officer was asked during a dinner held by the Harbor Gazette if the "
        f"levee would hold through the spring, she laughed and said, \u201cWe'll see.{R}"
    )
    assert said_by(nlp, paragraph) == [("Ada Renner", f"\u201cWe'll see.{R}")]


def test_a_clause_after_the_setting_of_a_cue_that_the_parser_made_adverbial_is_what_was_said(nlp):
    paragraph = "Quell said after the vote he would not accept the council's offer if it were made again."
    assert said_by(nlp, paragraph) == [("Quell", "he would not accept the council's offer if it were made again")]


def test_a_reason_after_the_setting_of_a_cue_is_not_what_was_said(nlp):
    assert said_by(nlp, "Quell said after the vote because he was sure of the count.") == []
