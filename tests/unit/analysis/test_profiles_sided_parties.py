"""A party named by the side it sits on ("the opposition Union for Renewal") is a party whatever its head word says:
its leader is an official, its spokesman other. Fictional texts throughout."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_leader_of_an_opposition_union_is_a_party_leader(nlp):
    found = profiles_of(
        nlp, "Anselme Toko, the leader of the opposition Union for Renewal, said the court had been packed."
    )
    [(speaker, kind, affiliation)] = found
    assert (speaker, kind) == ("Anselme Toko", "official") and affiliation.endswith("Union for Renewal")


def test_the_spokesman_of_an_opposition_movement_is_no_official(nlp):
    found = profiles_of(
        nlp, "A spokesman for the opposition Movement for Renewal, Paul Adjo, said the count had been halted."
    )
    assert found == [("Paul Adjo", "other", "Movement for Renewal")]
