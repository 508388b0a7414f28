"""A person brought back by a title written in capitals (texts of our own): "the MLA said" after "Belfast MLA Darlene
Compton", "the MPP said" after "Liberal MPP Ann Roe", is that person, not an organisation or a name "MLA"."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_title_in_capitals_after_the_is_the_person_named_with_it(nlp):
    rows = said_by(
        nlp,
        "Belfast MLA Darlene Compton says she has written to the minister. The MLA said businesses depend on the "
        "ferry from May to December.",
        "Liberal MPP Ann Roe says the plan is late. The MPP said the town needs a second bridge.",
    )
    assert [speaker for speaker, _ in rows] == ["Darlene Compton", "Darlene Compton", "Ann Roe", "Ann Roe"]
