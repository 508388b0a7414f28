"""A trade noun after the clause it reports is the organisation that clause's subject names
(quotes/trade_described_subjects.py)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_streaming_service_after_its_results_is_the_company(nlp):
    """ "Vidora Inc added 4 million subscribers …, the streaming service said": the company, speaking as itself, not
    an unnamed "streaming service"."""
    profiles = profiles_of(
        nlp,
        "Vidora Inc added 4 million subscribers in the second quarter and raised its prices in Canada, the streaming "
        "service said on Thursday.",
    )
    assert profiles == [("Vidora Inc", "institution", "")]


def test_a_person_described_after_the_clause_stays_a_person(nlp):
    """ "Vidora Inc will cut 300 jobs, the chief executive said": a word for a person names no company."""
    profiles = profiles_of(nlp, "Vidora Inc will cut 300 jobs this year, the chief executive said on Thursday.")
    assert ("Vidora Inc", "institution", "") not in profiles
