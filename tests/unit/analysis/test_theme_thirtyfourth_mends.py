"""Themes of the mends made after the thirty-fourth probe batch: talks and a mediator in a story whose lead tells of
workers on strike are talks at home ("the crews stayed on strike"), not between states. Fictional texts on the real
spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_a_mediator_between_the_sides_of_a_strike_is_no_diplomacy(themes, nlp):
    story = [
        "BREMERHAVEN - Crane drivers at the city's car terminal stayed on strike for a fourth day on Friday over "
        "shift rosters, leaving thousands of new vehicles parked on the quays.",
        "A state mediator met both sides on Thursday, but the talks ended without an agreement and no new date was "
        "set.",
    ]
    assert "diplomacy" not in article(themes, nlp, "Crane Drivers Stay Out", story)[1]


def test_a_mediator_after_air_strikes_stays_diplomacy(themes, nlp):
    story = [
        "Jets from Kandor carried out air strikes on two border villages in Velmar on Friday, killing nine people, "
        "Velmar's defence ministry said.",
        "A Qatari mediator met both sides on Saturday, but the talks ended without an agreement and no new date was "
        "set.",
    ]
    assert "diplomacy" in article(themes, nlp, "Kandor Jets Strike Border Villages", story)[1]
