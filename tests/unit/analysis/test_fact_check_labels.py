"""The labels a fact check sets before its parts ("CLAIM: …", "FACT FOCUS: …", "VERDICT: …", "RULING: …") name
nobody: the words after them are no transcript's turn (texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    "paragraph",
    [
        "CLAIM: Brindle County will throw out mail ballots that arrive after Election Day.",
        "FACT FOCUS: Mail ballots postmarked on Election Day will count in Brindle County",
        "VERDICT: False. The county has not changed its deadline for mail ballots.",
        "RULING: Mostly false. Ferry fares rose by 4%, not by half.",
    ],
)
def test_a_fact_checks_label_is_no_speaker(nlp, paragraph):
    assert said_by(nlp, paragraph) == []


def test_a_transcripts_turn_still_has_its_speaker(nlp):
    rows = said_by(nlp, "Ferry fares rose by half, the mayor said.", "WALLACE: Did ferry fares rise by half?")
    assert ("Wallace", "Did ferry fares rise by half?") in rows
