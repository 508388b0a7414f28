"""A film studio spoken of again by its noun: "The studio, Meridian Pictures, said … “…,” the studio added" is the
studio named before, whose name ends in "Pictures", "Studios" or "Films", as "the club said" is the club named before
(fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_studio_that_adds_a_quotation_is_the_studio_named_before(nlp):
    rows = said_by(
        nlp,
        "The studio, Meridian Pictures, said in a statement last week that it had “full confidence” in the film and "
        "its director. “The Long Orbit is exactly the movie we set out to make,” the studio added.",
    )
    assert [speaker for speaker, _ in rows] == ["Meridian Pictures", "Meridian Pictures"]
