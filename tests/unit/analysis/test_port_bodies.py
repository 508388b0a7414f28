"""A port named by the place it serves (`port_bodies`): one body that speaks as itself, an institution, never an
official "Port" of the place; a person named Port and "port" as a common noun stay as they were. Fictional ports."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("text", "port"),
    [
        (
            "The Port of Wrenford Bay Authority said ships had been unloading on schedule all week.",
            "Port of Wrenford Bay Authority",
        ),
        ("The Port of Dunmarsh said ships had been unloading on schedule all week.", "Port of Dunmarsh"),
    ],
)
def test_a_port_named_by_its_place_speaks_as_an_institution(nlp, text, port):
    """The recogniser left "Port" out of the name, and the port spoke as an official "Port" of its place."""
    assert profiles_of(nlp, text) == [(port, "institution", "")]


def test_a_port_is_the_body_its_spokesman_speaks_for(nlp):
    doc = nlp("Port of Dunmarsh spokesman Elias Fenwick said ships had been unloading on schedule all week.")
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == ["Port of Dunmarsh"]


def test_a_port_authority_of_a_place_stays_one_institution(nlp):
    text = "The Port Authority of Dunmarsh said ships had been unloading on schedule all week."
    assert profiles_of(nlp, text) == [("Port Authority of Dunmarsh", "institution", "")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Corinne Port, an economist at Halden Bank, said freight rates would ease by spring.", "Corinne Port"),
        ("The port said ships had been unloading on schedule all week.", ""),
    ],
)
def test_a_person_named_port_and_a_common_port_are_no_such_body(nlp, text, speaker):
    assert [name for name, _, _ in profiles_of(nlp, text)] == [speaker]


def test_a_city_named_as_a_port_of_a_country_is_no_port_body(nlp):
    doc = nlp("The delegates flew to Port of Spain on Monday for the second round of talks.")
    assert "Port of Spain" not in {e.text for e in doc.ents if e.label_ == "ORG"}
