"""The empty "it" of "it's safe to say", "it's fair to say" (texts of our own): the writer's judgement, said by no
one, and not a pronoun of the organisation named before it (a court, a poll)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_it_of_safe_to_say_is_no_organisation(nlp):
    rows = said_by(
        nlp,
        "After the Supreme Court of Nevada failed to rule on Governor Halvorsen's plan to delay the runoff, Greaves "
        f"said the deadlock has {L}kept the vote honest{R} on Twitter. Given his past remarks, it's safe to say he's "
        "referring to the idea of closing the polls early.",
        "Vellacott has a net positive of nine points in the Harlow Poll, although it's fair to say that one reason "
        "for that is that she has faced far less scrutiny.",
    )
    assert all(speaker in ("Greaves", "") for speaker, _ in rows)
