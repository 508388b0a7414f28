"""What someone is pressed to say is no statement (texts of our own): a cue in the infinitive after a noun of
pressure or demand ("the pressure on the mayor to explain …", "calls for the mayor to admit …") quotes no one, while
"she called to say …" still does."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    "text",
    [
        "The board will be under pressure to promise that the fees will fall next year.",
        "The vote will increase the pressure on Ada Brenn to say whether she backs the new fees.",
        "There are growing calls for the mayor to admit that the ferry plan has failed.",
        "Ada Brenn faces a demand from the union to explain why the fees rose.",
    ],
)
def test_a_statement_pressed_for_is_no_quote(nlp, text):
    assert said_by(nlp, text) == []


def test_a_verb_of_calling_before_the_cue_still_quotes(nlp):
    rows = said_by(nlp, "Ada Brenn called the harbour office to say the ferry would run late.")
    assert [speaker for speaker, _ in rows] == ["Ada Brenn"]
