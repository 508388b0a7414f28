"""Two statements the parser ran together: a second cue joined with "and" in a tense of its own through "has" or
"have" ("said A and has since argued B") is a quote of its own; "said A and that B" stays one (real pipeline, texts
of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_second_cue_joined_through_has_is_a_quote_of_its_own(nlp):
    rows = said_by(
        nlp,
        "Mayor Ada Brenn said the ferry fund is nearly empty and has since argued that the council should raise the "
        "harbour fee.",
    )
    assert rows == [
        ("Ada Brenn", "the ferry fund is nearly empty"),
        ("Ada Brenn", "the council should raise the harbour fee"),
    ]


def test_a_second_cue_in_the_perfect_progressive_is_a_quote_of_its_own(nlp):
    rows = said_by(
        nlp,
        "Mayor Ada Brenn believes the ferry fund is nearly empty and has been urging the council to raise the harbour "
        "fee before winter.",
    )
    assert rows == [
        ("Ada Brenn", "the ferry fund is nearly empty"),
        ("Ada Brenn", "the council to raise the harbour fee before winter"),
    ]


def test_a_cue_under_its_own_that_after_and_stays_in_what_was_said(nlp):
    rows = said_by(
        nlp,
        "Ada Brenn said the council had sold the old pier and that Tom Reyes and two pilots had mentioned it on the "
        "radio.",
    )
    assert rows == [
        (
            "Ada Brenn",
            "the council had sold the old pier and that Tom Reyes and two pilots had mentioned it on the radio",
        )
    ]
