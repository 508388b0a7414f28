"""A name set beside a maker of goods ("X, a maker of wafer-cleaning tools that …, said", "X, a chip maker,") is a
company's, whatever the recogniser took it for: it speaks as itself, an institution, and "Its chief financial officer"
after it works there (`makers.makes_goods`, read by `names.trade_of_company`). A maker of films or documentaries is a
person. Fictional companies and people."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of

_CASES = [
    "Kuroshima Precision, a maker of wafer-cleaning tools that earns about a third of its sales in China, said it was "
    "studying the rules.",
    "Kuroshima Precision, a maker of tools for chip plants, said it was studying the rules.",
    "Kuroshima Precision, a chip maker, said it was studying the rules.",
]


@pytest.mark.parametrize("paragraph", _CASES)
def test_a_maker_of_goods_speaks_as_itself(nlp, paragraph):
    assert profiles_of(nlp, paragraph) == [("Kuroshima Precision", "institution", "")]


def test_its_officer_works_for_the_maker(nlp):
    rows = profiles_of(
        nlp,
        "Kuroshima Precision, a maker of wafer-cleaning tools, said it could not yet say how its results would be hit.",
        "Its chief financial officer, Ayumi Tsukahara-Bell, said the company had orders to keep its plants busy.",
    )
    assert ("Ayumi Tsukahara-Bell", "other", "Kuroshima Precision") in rows


@pytest.mark.parametrize("maker", ["a maker of documentaries", "a film maker"])
def test_a_maker_of_films_stays_a_person(nlp, maker):
    rows = profiles_of(nlp, f"Anna Rosvall-Ek, {maker}, said she was studying the rules.")
    assert [(speaker, kind) for speaker, kind, _ in rows] == [("Anna Rosvall-Ek", "other")]
