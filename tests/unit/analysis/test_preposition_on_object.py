"""A cue whose preposition says what it charges or warns of ("accuse X of …", "warn X of …"), which the parser hung on
the object rather than on the cue: what was said is the object with that phrase (real pipeline, texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            f"Tom Reyes took to the radio overnight to accuse the mayor's office of being {L}fooled{R} by a hoax.",
            f"the mayor's office of being {L}fooled{R} by a hoax",
        ),
        (
            "Tom Reyes warned the harbour board of a long strike at the ferry yard this summer.",
            "the harbour board of a long strike at the ferry yard",
        ),
    ],
)
def test_the_object_with_the_preposition_of_the_cue_is_what_was_said(nlp, text, said):
    assert said_by(nlp, text) == [("Tom Reyes", said)]


def test_another_deed_joined_after_the_phrase_is_not_part_of_it(nlp):
    rows = said_by(
        nlp,
        f"Tom Reyes took to the radio overnight to accuse the mayor's office of being {L}fooled{R} by {L}a hoax{R} and "
        f"urge voters to read what he called the mayor's {L}secret memo.{R}",
    )
    assert rows[0] == ("Tom Reyes", f"the mayor's office of being {L}fooled{R} by {L}a hoax{R}")


def test_a_phrase_of_place_on_the_object_of_another_verb_is_no_cue(nlp):
    assert said_by(nlp, "Tom Reyes sold the boats of the harbour board to a dealer in Leeds.") == []
