"""Themes of the twenty-fourth probe batch's mends: vehicles and homes burned and gunshot wounds are what an attack
leaves, in a story of war (not in a story of a house fire or a robbery); the planes that drop water on a wildfire bomb
nothing; a foreign takeover is investment between states; a team named by its country in a paragraph about sport
("the Argentine side") is no state told as a side; a joint commission of two states named in the lead is an event its
later paragraphs tell on ("The commission meets again in May"). Fictional texts on the real spaCy pipeline with the
shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes import labels
from tests.theming import article

RAID = [
    "Rebels attacked an army post outside the town of Keral on Saturday, killing four soldiers, the army said.",
    "Two houses near the post were burned.",
    "A shepherd was treated for gunshot wounds at the district clinic.",
]
HOUSE_FIRE = [
    "A fire broke out in a bakery on the high street early on Saturday, the fire service said.",
    "Two houses next to the bakery were burned.",
    "A security guard was treated for gunshot wounds after a robbery at a petrol station nearby, police said.",
]


def test_what_an_attack_leaves_goes_on_with_a_story_of_war(themes, nlp):
    found = article(themes, nlp, "Rebels Kill Four Soldiers In Attack On Army Post", RAID)
    assert "military" in found[1], found
    assert "military" in found[2], found
    # the same words in a story of a fire and a robbery carry none
    assert article(themes, nlp, "Fire Guts Bakery", HOUSE_FIRE) == [[], [], []]


WILDFIRE = [
    "A forest fire spread across the hills above the resort on Sunday, forcing hundreds of tourists to leave.",
    "Spain sent two water bombers, and water-bombing helicopters made 40 drops on the ridge.",
]


def test_water_bombers_over_a_wildfire_are_no_war(themes, nlp):
    assert article(themes, nlp, "Forest Fire Threatens Resort", WILDFIRE) == [[], []]


def test_a_foreign_takeover_is_investment_between_states(themes, nlp):
    text = "It was the third foreign takeover the cabinet has vetoed this year."
    assert labels(themes.score(nlp(text))) == ["trade"]
    assert "trade" not in labels(themes.score(nlp("The brewer's takeover of a local rival was approved on Monday.")))


def test_a_team_named_by_its_country_in_a_paragraph_about_sport_is_no_side(themes, nlp):
    text = (
        "Lyon signed Uruguayan midfielder Pablo Ruiz from River Plate for 20 million euros, a record fee for the "
        "Argentine side."
    )
    assert "diplomacy" not in labels(themes.score(nlp(text)))
    # a state told as a side still is one
    assert "diplomacy" in labels(themes.score(nlp("The talks will go on in May, the Argentine side said.")))


COMMISSION = [
    "QUITO, May 4 - A joint commission of Ecuador and Peru agreed on Friday on the course of a further 20 km of "
    "their border along the river, the Ecuadorean foreign ministry said.",
    "The commission last sat in March, when it could not agree on two islands.",
]
ELECTION = [
    "The electoral commission said on Friday that turnout in the local elections had reached 61 percent.",
    "The commission will publish the final results next week.",
]


def test_a_joint_commission_of_two_states_is_told_on(themes, nlp):
    found = article(themes, nlp, "Ecuador And Peru Agree Another Stretch Of Border", COMMISSION)
    assert found[1] == ["diplomacy"], found
    # a commission at home carries none
    assert article(themes, nlp, "Turnout Reaches 61 Percent", ELECTION) == [[], []]
