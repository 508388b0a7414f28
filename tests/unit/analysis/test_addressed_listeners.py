"""Whom a cue's clause speaks to after "to", whom no pronoun subject of the cue stands for."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_station_spoken_to_in_an_opening_participle_is_not_he(nlp):
    """ "Speaking to local radio Cadena Andina, he said …": the recogniser may tag the station a person, the latest
    one before "he"; the station is whom he spoke to, and "he" is the governor named before."""
    paragraph = (
        "The governor of the province of Tarvesa, Ariel Benítez Ocampo, went further. Speaking to local radio Cadena "
        "Andina, he said the towns that grow the wheat \u201cpay for the party and never get invited\u201d."
    )
    assert [speaker for speaker, _ in said_by(nlp, paragraph)] == ["Ariel Benítez Ocampo"]
