"""Things promise too: an event or a trend that "promises to be" something says nothing, while a person or a body
that promises still speaks (texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour debate promised to be a turning point, too, for the ferry board.",
        "The coming storm season promises to be the wettest in a decade for the islands.",
        "Rising dock fees promise to swell the cost of every crossing next spring.",
    ],
)
def test_a_thing_that_promises_says_nothing(nlp, sentence):
    assert said_by(nlp, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Lena Marsh promised to keep the night ferry running through the winter.",
        "The ferry board promised to publish the new timetable by Friday.",
        "The islanders promised to fill the hall for the vote on the fares.",
        "A number of skippers promised to sail in convoy to the harbour meeting.",
    ],
)
def test_a_person_a_body_or_a_group_that_promises_still_speaks(nlp, sentence):
    [(_, quote)] = said_by(nlp, sentence)
    assert quote.startswith("to ")
