"""A name that ends in a word of the travel trade ("Cruises", "Resorts") is a company's, whatever the recogniser took
it for: it speaks as an institution, and "the company said" after it means it (names.ORGANISATION_HEADS; texts of our
own)."""

from __future__ import annotations

from tests.quoting import L, R, profiles_of


def test_a_cruises_company_speaks_as_an_institution(nlp):
    rows = profiles_of(
        nlp,
        "Marisol Cruises said on Monday it would cancel six sailings to the island, citing a fuel shortage at the "
        "port. "
        f"{L}We will not send guests where we cannot refuel,{R} the company said.",
    )
    assert rows == [("Marisol Cruises", "institution", ""), ("Marisol Cruises", "institution", "")]


def test_a_resorts_company_speaks_as_an_institution(nlp):
    rows = profiles_of(
        nlp,
        "Marisol Resorts said it would shut two of its beach hotels from November because it could not find cooks.",
    )
    assert rows == [("Marisol Resorts", "institution", "")]
