"""A members' guild or association the recogniser missed, whose name closes with "of" and a place ("The Flight
Attendants' Guild of Ireland said"; texts of our own): the body speaks as itself under its whole name, place and all,
and a person is tied to it so; a guild is a body as an association is."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_guild_of_a_country_speaks_as_itself(nlp):
    rows = profiles_of(
        nlp,
        "The Flight Attendants' Guild of Norway said its members had been asked to take unpaid leave while the jets "
        "stood idle.",
    )
    assert rows == [("Flight Attendants' Guild of Norway", "institution", "")]


def test_a_guild_of_a_real_country_speaks_as_itself(nlp):
    rows = profiles_of(
        nlp,
        "The Flight Attendants' Guild of Ireland said its members would ballot on a strike over unpaid leave.",
    )
    assert rows == [("Flight Attendants' Guild of Ireland", "institution", "")]


def test_the_president_of_a_guild_of_a_country_is_tied_to_it_whole(nlp):
    rows = profiles_of(
        nlp,
        "Maren Tollesby-Hart, president of the Flight Attendants' Guild of Ireland, said its members would strike.",
    )
    assert rows == [("Maren Tollesby-Hart", "other", "Flight Attendants' Guild of Ireland")]


def test_a_body_of_a_place_that_a_longer_phrase_follows_keeps_its_own_name(nlp):
    rows = profiles_of(
        nlp,
        "The Harbour Pilots' Society said the port of Ardmore needed two more tugs before winter.",
    )
    assert rows == [("Harbour Pilots' Society", "institution", "")]
