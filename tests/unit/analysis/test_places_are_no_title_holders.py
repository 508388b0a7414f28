"""A place that speaks ("the city said", "the county said") is not the person whose title holds the place's word
("City Councilor X"): the word that opens a title names where the office is, not who holds it
(fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_city_is_not_the_city_councilor(nlp):
    rows = said_by(
        nlp,
        "City Councilor Martha Quenneville-Ross said the council had voted twice against the repairs.",
        "The city posted a notice on its website. On Sunday, the city said the bridge would stay closed until spring.",
    )
    assert [speaker for speaker, quote in rows if "bridge" in quote] != ["Martha Quenneville-Ross"]
