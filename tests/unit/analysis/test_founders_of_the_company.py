""" "X, the chemist who founded the company, said": the company of a clause of work ("who founded the company", "who
runs the agency") is the one the article named before, as "the company's chief" is (real pipeline, fictional
texts)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_who_founded_the_company_ties_the_founder_to_the_company_named_before(nlp):
    profiles = profiles_of(
        nlp,
        "Tarnwell Biosciences, a four-year-old biotech company, has raised $90 million for a final trial of its "
        "drug, the company said on Monday.",
        "Mira Holt, the chemist who founded the company, said the money would last three years.",
    )
    assert ("Mira Holt", "other", "Tarnwell Biosciences") in profiles
