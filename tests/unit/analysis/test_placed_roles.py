"""Roles that end in a place, with the name set beside the role hung on the place."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_name_set_beside_the_mayor_of_the_town_of_a_place_is_the_speaker(nlp):
    """ "The mayor of the town of Ostrava Nova, Ilse Varga, said": the parser hangs the name on the town's name, two
    "of" phrases below "mayor"; the name still says who the mayor is, as it does after "the mayor of Ostrava Nova"."""
    paragraph = "The mayor of the town of Ostrava Nova, Ilse Varga, said the buses would run."
    assert said_by(nlp, paragraph) == [("Ilse Varga", "the buses would run")]


def test_a_name_set_beside_a_minister_responsible_for_a_portfolio_is_the_speaker(nlp):
    """ "The minister responsible for Seniors, Odile Ferland, said": the parser hangs "for Seniors" on "responsible" and
    the name on "Seniors"; the name still says who the minister is, as after "the minister of Seniors"."""
    paragraph = "The minister responsible for Seniors, Odile Ferland, said the home-care budget would double."
    assert said_by(nlp, paragraph) == [("Odile Ferland", "the home-care budget would double")]


def test_a_name_set_beside_a_spokesperson_for_a_body_of_an_owner_in_a_place_is_the_speaker(nlp):
    """ "A spokesperson for the children's fund of the United Nations in Lisbon, Iwona Castel-Mroz, said": the parser
    hangs the name on the place that ends the owner's "of" phrase; the name still says who the spokesperson is, as
    after "a spokesperson for the children's fund in Lisbon"."""
    paragraph = (
        "A spokesperson for the children’s fund of the United Nations in Lisbon, Iwona Castel-Mroz, said the schools "
        "would reopen."
    )
    assert said_by(nlp, paragraph) == [("Iwona Castel-Mroz", "the schools would reopen")]
