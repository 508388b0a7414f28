""" "Its strategists" after a sentence whose subject, a firm's name the recogniser took for a person's, calls its
forecast "its": the firm's people, not those of a firm tagged an organisation before (quotes/its_own_subjects.py).
Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_its_strategists_are_of_the_firm_that_raised_its_forecast(nlp):
    found = profiles_of(
        nlp,
        "Ratings agency Holloway Sovereign said the outlook for the country was stable.",
        "Cordeiro Investimentos raised its forecast for the benchmark rate to 12.25% on Friday. Its strategists said "
        "the central bank would have to keep tightening.",
    )
    assert ("", "unnamed", "Cordeiro Investimentos") in found
