"""Themes of the mends after the thirty-eighth probe batch (English-language regional papers of Asia, the Gulf and
Africa): a "war" a governor declares on rising prices or a minister says hoarders wage on the poor is a figure of
speech, no armed conflict. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

PRICES = [
    "KUMASI - The Ashanti Regional Minister, Kwabena Osei-Frimpong, has declared an all-out war on rising cooking gas "
    "prices, naming a ten-member committee to inspect filling plants in the region.",
    "He said the committee would report every week and that plant owners who hid stock would lose their licences.",
    "In Tamale, the district administration on Thursday sealed six warehouses holding sugar and accused their owners "
    "of waging a war on the poor.",
]


def test_a_war_on_rising_prices_is_no_war(nlp, themes):
    lead = article(themes, nlp, "Minister Names Committee On Gas Prices", PRICES)[0]
    assert "military" not in lead, lead


def test_a_war_on_the_poor_is_no_war(nlp, themes):
    assert "military" not in article(themes, nlp, "Minister Names Committee On Gas Prices", PRICES)[2]


def test_a_war_on_the_occupying_forces_is_still_war(nlp, themes):
    war = [
        "GAO - The jihadist group said on Sunday it had declared war on the occupying forces and would strike their "
        "convoys on every road of the region.",
    ]
    assert "military" in article(themes, nlp, "Jihadists Threaten Convoys", war)[0]


CRICKET = [
    "COLOMBO - Sri Lanka captain Dinesh Perera was guarded on Monday about the dropping of two spinners from the squad "
    "for the tour of New Zealand, saying the selectors knew best.",
    'Head coach Graham Whitlock was no more open. "We have a sharp attack and real firepower in the batting. We go '
    'there to win the battle, not to be liked," he said.',
]


def test_a_cricket_coachs_attack_and_battle_are_no_war(nlp, themes):
    coach = article(themes, nlp, "Captain Guarded On Spinners As Squad Flies Out", CRICKET)[1]
    assert "military" not in coach, coach


RESHUFFLE = [
    "KUALA LUMPUR - Prime Minister Azlan Hamid on Friday announced a cabinet reshuffle that moves nine ministers to "
    "new portfolios, the widest change since he took office.",
    "Deputy Education Minister Nurul Izzah Kamal becomes foreign minister in place of Datuk Harun Said, who retires.",
]


def test_a_cabinet_reshuffle_is_no_diplomacy(nlp, themes):
    lead = article(themes, nlp, "Azlan Reshuffles Cabinet, Names Nurul Izzah Foreign Minister", RESHUFFLE)[0]
    assert "diplomacy" not in lead, lead
