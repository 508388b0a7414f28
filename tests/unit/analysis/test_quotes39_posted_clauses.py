"""A post on social media with a clause of what it said is a quote of the poster; "posted" with an object is none
(texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_clause_posted_on_a_network_is_the_posters_quote(nlp):
    rows = said_by(
        nlp,
        "Councillor Wendeline Marsh posted on Facebook that the ferry to Quillan Island would stop running in March.",
    )
    assert ("Wendeline Marsh", "the ferry to Quillan Island would stop running in March") in rows


def test_a_clause_posted_online_with_a_day_between_is_the_posters_quote(nlp):
    rows = said_by(nlp, "Brannock Vale's mayor, Ottilie Ferrand, posted online Tuesday that she would not run again.")
    assert ("Ottilie Ferrand", "she would not run again") in rows


def test_posting_a_result_or_a_video_says_nothing(nlp):
    rows = said_by(
        nlp,
        "Harrowgate Mills posted a loss of $40 million for the quarter. The club posted a video that showed the new "
        "stadium roof.",
    )
    assert rows == []
