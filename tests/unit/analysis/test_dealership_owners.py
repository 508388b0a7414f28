"""A name right after "the dealership" is the dealership's, so its owner is tied to it ("X, owner of the dealership Y
in Z,"), not to the town it stands in (names._BEFORE_NAME; texts of our own)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_owner_of_a_named_dealership_is_tied_to_it(nlp):
    rows = profiles_of(
        nlp,
        "Marta Quintela, owner of the dealership Carros Figueira in Braga, said buyers of hybrids had vanished.",
    )
    assert rows == [("Marta Quintela", "other", "Carros Figueira")]


def test_the_owner_of_a_dealership_named_after_its_town_is_tied_to_it(nlp):
    rows = profiles_of(
        nlp,
        "Marta Quintela, owner of the Braga dealership Carros Figueira, said buyers of hybrids had vanished.",
    )
    assert [affiliation for _, _, affiliation in rows] == ["Carros Figueira"]
