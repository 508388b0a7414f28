""" "Repeated the same phrase three times", "stressed those last three words": an object that names the wording tells
how something was said, not what; the words given with it, or a judgement of someone's words, still are what was
said (real pipeline, texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

_INTRO = "Nora Vance has run the Alder Bay ferry board for a decade. Tom Reyes owns the harbour bakery."


@pytest.mark.parametrize(
    "text",
    [
        "Vance repeated the same phrase three times during the debate.",
        "Reyes stressed those last three words, pausing between each one.",
    ],
)
def test_the_wording_alone_is_no_quote(nlp, text):
    assert said_by(nlp, _INTRO, text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Vance repeated the phrase “night ferry for all” at every stop.",
            ("Nora Vance", "the phrase “night ferry for all” at every stop"),
        ),
        (
            "Vance praised the words of the ferry crews at the meeting.",
            ("Nora Vance", "the words of the ferry crews at the meeting"),
        ),
    ],
)
def test_words_given_or_judged_are_what_was_said(nlp, text, said):
    assert said_by(nlp, _INTRO, text) == [said]
