"""A newborn, a child or an animal that is welcomed ("the sanctuary welcomed twin otter pups") is no quote of the
subject (`says_nothing`), while a ruling or a report that is welcomed still is (real pipeline, fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_welcomed_birth_is_no_quote(nlp):
    assert said_by(nlp, "The Marrowby Otter Sanctuary welcomed twin pups on Sunday, its first births in years.") == []


def test_a_couple_welcoming_a_baby_girl_says_nothing(nlp):
    assert said_by(nlp, "The Olympic rower Ines Castellane-Brook and her husband welcomed a baby girl last week.") == []


def test_a_welcomed_ruling_is_still_a_quote(nlp):
    rows = said_by(nlp, "The Marrowby Otter Sanctuary welcomed the court’s ruling on the river permits.")
    assert [s for s, _ in rows] == ["Marrowby Otter Sanctuary"]
