"""A sharp reply with "back" right after a quotation ("“…,” Vale-Obi shot back."), which the tagger may read as a
noun or the parser hang on the quoted clause: the name before it spoke the quotation, not the rival named earlier or
inside it."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

RIVAL = "Sen. Dorian Maskelyne-Trout said the mayor had “doubled the bus fares.”"


@pytest.mark.parametrize(
    ("reply", "speaker"),
    [
        ("“Dorian has been in the Senate for 20 years,” Wilhelmina Tarrant-Obi shot back.", "Wilhelmina Tarrant-Obi"),
        (
            "“Dorian has never run anything bigger than a committee, and he knows it,” Tarrant-Obi shot back.",
            "Tarrant-Obi",
        ),
        ("“That is a lie, and the senator knows it,” Gallagher-Oyelaran shot back.", "Gallagher-Oyelaran"),
        ("“That is a lie, and the senator knows it,” Gallagher-Oyelaran fired back.", "Gallagher-Oyelaran"),
    ],
)
def test_a_reply_shot_back_is_the_name_s(nlp, reply, speaker):
    quotes = said_by(nlp, RIVAL, reply)
    assert quotes[-1][0] == speaker, quotes


def test_a_shot_that_is_no_reply_is_no_cue(nlp):
    quotes = said_by(nlp, RIVAL, "The first shot back at the rally came from a heckler near the stage.")
    assert [s for s, _ in quotes] == ["Dorian Maskelyne-Trout"], quotes
