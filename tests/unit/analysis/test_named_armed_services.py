""" "The service said" after one armed service was named speaks for that service (quotes/named_armed_services.py)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_service_is_the_army_named_before(nlp):
    said = said_by(
        nlp,
        "The Army enlisted 48,100 soldiers last year, about 7,000 fewer than it wanted, the service said on Friday.",
        "Lt. Gen. Omar Feld-Ruiz, who heads Army Recruiting Command, said the pool of recruits was shrinking.",
    )
    assert said[0][0] == "Army"


def test_the_service_is_no_one_when_two_were_named(nlp):
    said = said_by(
        nlp,
        "The Army and the Navy both missed their goals.",
        "The service said on Friday that it would raise bonuses.",
    )
    assert "Army" not in [s for s, _ in said] and "Navy" not in [s for s, _ in said]
