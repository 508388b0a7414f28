"""Themes of the mends made after the thirty-fourth probe batch: talks and a mediator in a story whose lead tells of
workers on strike are talks at home ("the crews stayed on strike"), not between states; energy a line pumps or
carries to a state is sold there ("pumps gas from Azerbaijan to Serbia"). Fictional texts on the real
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


def test_gas_carried_to_states_abroad_is_trade(themes, nlp):
    story = [
        "ORMANLI, Bulgaria - The gas line runs under the orchards south of the village, marked by white posts every "
        "hundred metres.",
        "It pumps gas from Azerbaijan to Serbia and Hungary, about four billion cubic metres a year.",
    ]
    assert "trade" in article(themes, nlp, "A Village On The Gas Line", story)[1]


def test_a_bus_carrying_people_to_a_state_is_no_trade(themes, nlp):
    story = [
        "ORMANLI, Bulgaria - The road runs under the orchards south of the village, marked by white posts every "
        "hundred metres.",
        "It carries pilgrims from Azerbaijan to Serbia and Hungary, about four thousand people a year.",
    ]
    assert "trade" not in article(themes, nlp, "A Village On The Pilgrim Road", story)[1]


def test_talks_after_a_strike_on_a_target_stay_diplomacy(themes, nlp):
    story = [
        "Velmar's army said on Friday that its jets had hit a fuel depot across the border, and Kandor vowed to "
        "answer their strike on the depot.",
        "A Qatari mediator met both sides on Saturday, but the talks ended without an agreement and no new date was "
        "set.",
    ]
    assert "diplomacy" in article(themes, nlp, "Velmar Jets Hit Depot", story)[1]
