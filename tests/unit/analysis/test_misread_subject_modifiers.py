"""A subject with words after it that describe it ("sources privy to the talks", "activists clamoring to stop the
pier") before a finite cue: the parser may take those words for the verb and hang the cue on them; the subject still
spoke (real pipeline, texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "But while the council is happily backing the delay, several sources privy to the talks say it is the "
            "harbour board, under pressure from the unions, that insisted on acting now.",
            "it is the harbour board, under pressure from the unions, that insisted on acting now",
        ),
        (
            "But local activists clamoring to stop the new pier say they are suddenly winning the argument in "
            "the town.",
            "they are suddenly winning the argument in the town",
        ),
    ],
)
def test_a_cue_hung_on_words_that_describe_its_subject_is_said_by_that_subject(nlp, text, said):
    assert said_by(nlp, text) == [("", said)]


def test_a_cue_after_a_comma_is_left_to_the_rules_of_inserted_cues(nlp):
    rows = said_by(nlp, "The ferry will not sail on Sunday, harbour officials say.")
    assert rows == [("", "The ferry will not sail on Sunday")]
