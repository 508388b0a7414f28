"""A body's name the recogniser cut before "of" and a city or a state it tagged a place ("the Federal Reserve Bank"
+ "of New York"): the name runs through the place, as it does through a country (fictional text)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_reserve_bank_of_a_city_keeps_the_city_in_its_name(nlp):
    profiles = profiles_of(
        nlp,
        '"Inflation is sticky," said Ruth Caldmore, president of the Federal Reserve Bank of New York.',
        "The Federal Reserve Bank of New York said it would publish the data on Monday.",
    )
    assert profiles == [
        ("Ruth Caldmore", "official", "Federal Reserve Bank of New York"),
        ("Federal Reserve Bank of New York", "institution", ""),
    ]
