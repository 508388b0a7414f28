"""An instrument behind "according to" ("According to the flight data recorder, …", "according to data from the
ship's transponder") is no source that speaks: the machine logged what happened and someone read it, so the phrase
makes no quote. Data from a named tracker, a statistics office or a ministry still do. Fictional texts."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_flight_data_recorder_says_nothing(nlp):
    rows = said_by(
        nlp,
        "According to the flight data recorder, the right engine’s oil pressure fell to zero four minutes after "
        "takeoff.",
    )
    assert rows == []


def test_data_read_off_a_transponder_or_a_radar_say_nothing(nlp):
    assert said_by(nlp, "According to data from the trawler’s transponder, the boat left the harbour at dawn.") == []
    assert said_by(nlp, "The cargo ship turned north before midnight, according to radar data.") == []
    assert said_by(nlp, "The coach was travelling at 94 km/h, according to its tachograph.") == []


def test_readings_from_a_gauge_say_nothing(nlp):
    assert said_by(nlp, "The river rose two metres overnight, according to readings from a gauge at Velmora.") == []


def test_a_body_that_tells_of_an_instrument_still_speaks(nlp):
    rows = said_by(nlp, "The tanker switched off its transponder off the coast, according to the ministry.")
    assert ("ministry", "The tanker switched off its transponder off the coast") in rows


def test_data_from_an_office_are_still_a_source(nlp):
    rows = said_by(nlp, "Rents rose for a ninth month, according to data from the statistics office.")
    assert [speaker for speaker, _ in rows] == [""]
