"""An "if" clause that opens the sentence before a cue of asking is a condition, not the question asked (what_said):
"If we lived in calmer times, a reader would now ask …" reports no "If we lived in calmer times". An "if" or
"whether" clause after the cue is still what was asked."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_condition_before_the_cue_is_not_the_question(nlp):
    said = said_by(
        nlp, "If we lived in calmer times -- with some sense of proportion -- a reader would now ask: 'Why?'"
    )
    assert not [quote for _, quote in said if quote.startswith("If we lived")]


def test_a_condition_before_a_named_asker_is_not_the_question(nlp):
    said = said_by(nlp, "If the levy passes next spring, Tilda Marsh will surely ask about the cost.")
    assert not [quote for _, quote in said if quote.startswith("If the levy")]


def test_an_if_clause_after_the_cue_is_still_the_question(nlp):
    said = said_by(nlp, "Tilda Marsh asked if the bridge would close before the winter.")
    assert said == [("Tilda Marsh", "the bridge would close before the winter")]
