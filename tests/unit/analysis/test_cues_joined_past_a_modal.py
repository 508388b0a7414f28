"""A second cue that the parser joined to a verb under "would" or "will" inside what a first cue said ("said the town
would leave the league and suggested that …"): it cannot share that "would", so it continues the first cue and its
speaker (real pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_cue_in_the_past_joined_to_a_verb_under_would_continues_the_cue_that_said_it(nlp):
    rows = said_by(
        nlp,
        "Mayor Ada Brenn said this week that the town would formally give notice that it will leave the ferry league "
        "before the autumn fair and hinted that it would also withdraw from the harbour fund.",
    )
    assert rows == [
        ("Ada Brenn", "the town would formally give notice that it will leave the ferry league before the autumn fair"),
        ("Ada Brenn", "it would also withdraw from the harbour fund"),
    ]


def test_a_cue_in_the_present_joined_to_a_verb_under_will_continues_the_cue_that_said_it(nlp):
    rows = said_by(
        nlp,
        "Harbour master Tom Reyes says the ferry will stop sailing to the north pier after the storm and argues that "
        "the county should pay for a new one.",
    )
    assert [speaker for speaker, _ in rows] == ["Tom Reyes", "Tom Reyes"]
