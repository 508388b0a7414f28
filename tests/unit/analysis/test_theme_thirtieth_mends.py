"""Themes of the mends made after the thirtieth probe batch: players or workers who did something "like soldiers"
are no army; a state that detains another state's nationals or their boat acts on that state; a detention
told in a headline as "Detains" goes on through the boat the lead named.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_people_who_fought_like_soldiers_are_no_army(themes, nlp):
    match = [
        "United and Wanderers drew 2-2 on Saturday in a tense game decided by two late goals.",
        '"They defended like soldiers for ninety minutes," the Wanderers coach said of his back four.',
        "The kitchen staff worked like a soldier on parade all night to feed the guests, the hotel said.",
    ]
    assert article(themes, nlp, "Wanderers Hold United To Draw", match)[1:] == [[], []]


def test_a_state_that_detains_another_states_boat_acts_on_that_state(themes, nlp):
    lead = [
        "KUANTAN, April 2 (Wirenews) - Malaysia's fisheries protection agency detained two Thai trawlers and their 30 "
        "crew on Sunday, saying they had been fishing without a licence."
    ]
    assert "diplomacy" in article(themes, nlp, "Coast Guard Holds Trawler", lead)[0]


def test_a_state_that_detains_its_own_people_is_no_relation_between_states(themes, nlp):
    home = ["Norway's police detained two Norwegian fishermen on Sunday for landing cod without a licence."]
    assert "diplomacy" not in article(themes, nlp, "Police Hold Two Fishermen", home)[0]


def test_a_detention_told_as_detains_in_the_headline_goes_on_through_the_boat(themes, nlp):
    story = [
        "Malaysia's fisheries protection agency detained two Thai trawlers and their 30 crew on Sunday, saying they "
        "had been fishing without a licence.",
        "The trawlers were taken to Kuantan, where their catch was weighed and sold.",
    ]
    assert "diplomacy" in article(themes, nlp, "Malaysia Detains Two Thai Trawlers", story)[1]
