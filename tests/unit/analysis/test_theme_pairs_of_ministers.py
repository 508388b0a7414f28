"""Themes of talks told through their people and their order: two ministers told as a pair ("the two ministers shook
hands", "both ministers") are the states' ministers, as two presidents or two leaders are, and "the next round" is
the next sitting of the talks the story told: both are words of diplomacy that a story of relations carries. Neither
labels a paragraph alone ("the next round of the cup"). Fictional texts on the real spaCy pipeline with the shipped
themes file."""

from __future__ import annotations

from tests.theming import article

HANDSHAKE = [
    "Armenia and Azerbaijan signed a framework for a border commission in Doha on Sunday, after four months of talks "
    "mediated by Qatar.",
    "The hall fell silent when the two ministers shook hands. Neither took questions.",
]

ROUNDS = [
    "Delegations of Serbia and Kosovo ended two days of talks in Brussels on Tuesday without agreeing on the status of "
    "the northern municipalities, the EU's envoy said.",
    "The next round is due in Vienna in May. The negotiators are expected to take up licence plates and power bills.",
]


def test_two_ministers_told_as_a_pair_carry_a_story_of_relations(nlp, themes):
    told = article(themes, nlp, "Armenia and Azerbaijan sign border framework", HANDSHAKE)[1]
    assert told == ["diplomacy"], told


def test_the_next_round_carries_a_story_of_talks(nlp, themes):
    told = article(themes, nlp, "Serbia-Kosovo talks end without deal", ROUNDS)[1]
    assert told == ["diplomacy"], told


def test_the_next_round_of_a_cup_is_no_relations(nlp, themes):
    told = article(themes, nlp, "Rovers through", ["The next round of the cup is on Saturday against United."])[0]
    assert "diplomacy" not in told, told
