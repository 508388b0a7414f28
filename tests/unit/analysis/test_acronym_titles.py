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


def test_a_title_in_capitals_before_a_name_the_recogniser_missed_names_the_person(nlp):
    """ "Local MP Glenn Parsons", all three words untagged: the two after the title are the person's name, so "the MP"
    later is that person, not a speaker called "MP"."""
    rows = said_by(nlp, "Local MP Glenn Parsons says the station needs help. The MP said the crews are tired.")
    assert [speaker for speaker, _ in rows] == ["Glenn Parsons", "Glenn Parsons"]
