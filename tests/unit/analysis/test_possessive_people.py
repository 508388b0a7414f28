"""A person named first as the owner of a place ("the frost at Margaret Pellworth’s vineyard"), which the recogniser
may tag with its possessive mark a facility or an organisation: a given name opens it, so the words before the mark are
a person, whom the later surname stands for (possessive_people.py, mistagged_hyphenated_names.py); fictional news."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by


@pytest.mark.parametrize(
    ("owner", "place"),
    [("Margaret Pellworth-Oyelu", "vineyard"), ("Helena Varrick", "bakery"), ("Quillon Marchetti-Dray", "vineyard")],
)
def test_the_owner_of_a_place_is_a_person(nlp, owner, place):
    doc = nlp(f"On the night of April 19, the thermometer at {owner}’s {place} in Dunmore fell to 26 degrees.")
    assert (owner, "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_the_later_surname_is_the_owner(nlp):
    rows = said_by(
        nlp,
        "CALDER FLATS, Ore. — On the night of April 19, the thermometer at Quillon Marchetti-Dray’s vineyard fell to "
        "26 degrees and stayed there for five hours.",
        "Marchetti-Dray, who makes about 3,000 cases a year, says he expects to lose half his crop. "
        f"{L}Second buds are a consolation prize,{R} he adds.",
    )
    assert {speaker for speaker, _ in rows} == {"Quillon Marchetti-Dray"}


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers lined up outside Pennington’s store on Main Street before dawn.",
        "Workers at Dolores-Kranich’s plant in Tarrow walked out on Monday.",
    ],
)
def test_a_body_named_with_its_mark_stays_a_body(nlp, text):
    """A chain's name, and a given name joined by a hyphen to the next word, open no person's name."""
    doc = nlp(text)
    assert all(e.label_ != "PERSON" for e in doc.ents)
