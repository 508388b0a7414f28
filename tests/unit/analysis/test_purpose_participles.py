"""A cue in a participle that says what a thing is for ("a measure intended to highlight …", "a plan designed to show
…") has no speaker in that thing; it must not stand as an unnamed speaker whom a later "she said" refers to (texts of
our own)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_she_after_a_purpose_participle_is_the_named_speaker(nlp):
    assert said_by(
        nlp,
        f"Ann Ross said the fee was a measure intended to highlight the council. {L}He had to work with a budget that"
        f" was broken from the start,{R} she said.",
    ) == [
        ("Ann Ross", "the fee was a measure intended to highlight the council"),
        ("Ann Ross", f"{L}He had to work with a budget that was broken from the start,{R}"),
    ]


def test_a_participle_of_people_still_speaks_for_them(nlp):
    rows = said_by(nlp, "Supporters of the ferry, now saying that the fare is far too high, marched to the pier.")
    assert [speaker for speaker, _ in rows] == [""]
