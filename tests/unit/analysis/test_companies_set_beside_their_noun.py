"""A company the recogniser took for a person, told by the company's noun it is set beside (texts of our own): "The
airline, Samaran Skyways, said" and "the rail operator Ferrovia Nordica said" are the company speaking as itself, and
"its chief operating officer" or "the operator's head of infrastructure" after it works there; a "crane operator"
works a machine and tells no company."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_name_set_beside_an_airline_is_the_airline(nlp):
    rows = profiles_of(
        nlp,
        "The airline, Samaran Skyways, said it was cooperating fully with the investigators.",
        "Its chief operating officer, Teresa Lumen, said pilots would receive extra training on wet runways.",
    )
    assert rows == [("Samaran Skyways", "institution", ""), ("Teresa Lumen", "other", "Samaran Skyways")]


def test_a_name_set_beside_a_rail_operator_is_the_operator(nlp):
    rows = profiles_of(
        nlp,
        "Only 71% of the trains ran on time last year, the rail operator Ferrovia Nordica said on Monday.",
        "Nadia Belcourt, the operator's head of infrastructure, said new signalling would let trains run closer.",
    )
    assert rows == [("Ferrovia Nordica", "institution", ""), ("Nadia Belcourt", "other", "Ferrovia Nordica")]


def test_a_name_set_beside_a_crane_operator_is_a_person(nlp):
    rows = profiles_of(nlp, "The crane operator, Samaran Bohol, said the docks had been closed since Monday morning.")
    assert [(speaker, kind) for speaker, kind, _ in rows] == [("Samaran Bohol", "other")]
