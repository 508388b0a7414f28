"""Themes of the mends made after the thirty-third probe batch: a body the lead named in full told on by its kind
alone ("the assembly" after "the UN General Assembly"), and the people of an event told after what carried them
("Buses carrying the freed men ..."). Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_the_assembly_goes_on_with_the_general_assembly_its_lead_told_of(themes, nlp):
    story = [
        "The UN General Assembly on Tuesday adopted a resolution urging all states to ban the export of cluster "
        "munitions, by 151 votes to nine.",
        "The assembly's texts carry no legal force, and the main makers of the weapons voted against.",
    ]
    assert "diplomacy" in article(themes, nlp, "Assembly Backs Munitions Ban", story)[1]


def test_the_council_of_a_city_vote_is_no_body_of_states(themes, nlp):
    story = [
        "The city's Planning Council on Tuesday voted to approve a new stadium by the river, by seven votes to two.",
        "The council's decision can be appealed within 30 days.",
    ]
    assert "diplomacy" not in article(themes, nlp, "Council Backs Stadium", story)[1]


def test_the_people_of_an_exchange_go_on_after_what_carried_them(themes, nlp):
    story = [
        "Armenia and Azerbaijan exchanged six detained soldiers on their border on Thursday, the first such swap in "
        "two years, officials on both sides said.",
        "A helicopter carrying the four men landed in Yerevan in the evening, where relatives waited on the tarmac.",
    ]
    assert "diplomacy" in article(themes, nlp, "Armenia, Azerbaijan Swap Soldiers", story)[1]


def test_what_carried_people_in_a_story_with_no_event_carries_nothing(themes, nlp):
    story = [
        "Floods swept through three villages in the north on Thursday, forcing hundreds of families from their homes.",
        "A helicopter carrying the four men landed in the capital in the evening, where relatives waited.",
    ]
    assert "diplomacy" not in article(themes, nlp, "Floods Hit North", story)[1]
