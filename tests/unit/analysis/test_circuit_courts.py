"""A US federal court named with the circuit or district it sits for (`circuit_courts`): one organisation's name,
and the name a court that speaks is given; fictional judges and cases."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "The U.S. Court of Appeals for the Ninth Circuit said Monday that the county’s ban on rain barrels was "
            "unconstitutional.",
            "U.S. Court of Appeals for the Ninth Circuit",
        ),
        (
            "The U.S. District Court for the Southern District of New York said the bank had to hand over the records.",
            "U.S. District Court for the Southern District of New York",
        ),
    ],
)
def test_a_federal_court_speaks_with_its_circuit_or_district_in_its_name(nlp, text, court):
    """The recogniser tagged "U.S. Court of Appeals" and "the Ninth Circuit" apart, and the court spoke without
    the words that say which court it is."""
    assert [s for s, _ in said_by(nlp, text)] == [court]


def test_the_court_and_its_circuit_are_one_name(nlp):
    doc = nlp("Judge Wendell Pryce of the U.S. Court of Appeals for the Fourth Circuit spoke to students on Friday.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "ORG"] == [
        ("the U.S. Court of Appeals for the Fourth Circuit", "ORG")
    ]


def test_a_centre_for_a_field_stays_as_it_was(nlp):
    """Only a court ending its name is joined to a "for" after it: "the Center for …" keeps its own name."""
    doc = nlp("The Center for Strategic Studies said the tariffs would cost jobs.")
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == ["The Center for Strategic Studies"]
