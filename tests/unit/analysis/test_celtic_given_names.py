"""Irish, Scottish Gaelic and Welsh given names are known to the given-name lexicon (celtic_given_names), so that a
name the recogniser cuts or tags something else is mended to a person (given_named_people): a given name left out of
the person tagged with an Irish surname led by its particle ("Ní", "Mac"), and a person named right after a party's
possessive mark."""

from __future__ import annotations

from tests.quoting import said_by


def test_an_irish_given_name_before_a_surname_led_by_its_particle_is_the_persons(nlp):
    rows = said_by(
        nlp,
        "During questions, the Labour leader, Caoimhe Ní Bhraonáin, said the bypass was now two years behind schedule.",
    )
    assert rows == [("Caoimhe Ní Bhraonáin", "the bypass was now two years behind schedule")]


def test_a_person_named_after_a_partys_possessive_mark_is_that_person(nlp):
    rows = said_by(
        nlp,
        "The Social Democrats’ Eoin Tarrant said his party would oppose the ferry levy in the Seanad next week.",
    )
    assert rows == [("Eoin Tarrant", "his party would oppose the ferry levy in the Seanad next week")]


def test_a_person_named_after_the_independents_possessive_mark_is_that_person(nlp):
    rows = said_by(nlp, "The Independents’ Siobhán Tallon said the rail franchise had failed the valleys.")
    assert rows == [("Siobhán Tallon", "the rail franchise had failed the valleys")]
