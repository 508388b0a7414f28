"""An athletic conference the recogniser tags an event, spoken of again as "the conference" when it speaks, and a
meeting called a conference that does nothing but meet (fictional)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_conference_that_says_is_the_athletic_conference_named_before(nlp):
    rows = profiles_of(
        nlp,
        "The Cedar Valley Conference barred Millbrook College's basketball coach for four games on Friday.",
        "The conference said in a statement that the coach had broken its rules on recruiting.",
    )
    assert ("Cedar Valley Conference", "institution", "") in rows


def test_a_meeting_called_a_conference_that_opens_speaks_no_quote(nlp):
    rows = profiles_of(
        nlp,
        "The Northern Harbours Conference opened in Tarnby on Monday with delegates from nine ports.",
        "The conference opened with a minute of silence for two dock workers who died last year.",
    )
    assert rows == []
