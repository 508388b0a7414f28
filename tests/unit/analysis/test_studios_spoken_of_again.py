"""A film studio spoken of again by its noun: "The studio, Harrow Lane Pictures, said … “…,” the studio added" is the
studio named before, speaking as itself, as "the company added" is the company (fictional text)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_studio_that_adds_a_quotation_is_the_studio_named_before(nlp):
    rows = profiles_of(
        nlp,
        "The studio, Harrow Lane Pictures, said in a statement that it stood behind the film’s director. “We made the "
        "movie we wanted to make,” the studio added.",
    )
    assert rows == [("Harrow Lane Pictures", "institution", "")] * 2
