"""A body's name the recogniser cut before "of" and a city or a state it tagged a place ("the Federal Reserve Bank"
+ "of New York"): the name runs through the place, as it does through a country (fictional text)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_reserve_bank_of_a_city_keeps_the_city_in_its_name(nlp):
    profiles = profiles_of(
        nlp,
        '"Inflation is sticky," said Ruth Caldmore, president of the Federal Reserve Bank of San Francisco.',
        "The Federal Reserve Bank of San Francisco said its survey of lenders would come out next week.",
    )
    assert profiles == [
        ("Ruth Caldmore", "official", "Federal Reserve Bank of San Francisco"),
        ("Federal Reserve Bank of San Francisco", "institution", ""),
    ]
