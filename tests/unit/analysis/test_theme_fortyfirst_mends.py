"""Themes of the mends after the forty-first probe batch (the English services of East and South Asian national news
agencies): the trade between two states told as "bilateral trade" and a "trading partner" is no word of relations
between them; the officers a government sends to enforce its rules on litter are no troops deployed; a port counts
its containers in TEUs, a word of trade; a space agency's lunar lander and astronauts are no weapons, whatever rocket
carries them. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

COCOA = [
    "ACCRA - Ghana's cocoa exports rose 12 percent in the third quarter on strong demand from processors abroad, the "
    "customs service said on Monday.",
    "Bilateral trade between Ghana and Peru reached $310 million last year, making Peru Ghana's largest trading "
    "partner in South America, according to the statistics office.",
    "Cocoa prices have doubled in two years after poor harvests across West Africa.",
]


def test_bilateral_trade_between_two_states_is_no_relation_between_them(nlp, themes):
    told = article(themes, nlp, "Ghana's cocoa exports climb", COCOA)[1]
    assert told == ["trade"], told


LITTER = [
    "The city council of Port Verran on Monday launched a campaign against littering on its beaches and riverbanks.",
    "The mayor said the council would deploy 400 enforcement officers and fine anyone caught dropping rubbish.",
]


def test_officers_sent_to_fine_litterbugs_are_no_troops(nlp, themes):
    fined = article(themes, nlp, "Port Verran declares campaign on litter", LITTER)[1]
    assert "military" not in fined, fined


PORT = [
    "The port of Kelmarsh handled 3.4 million TEUs in the first half of the year, up 9 percent from a year earlier, "
    "its operator said.",
    "The city plans to add two berths by 2030.",
]


def test_a_port_counting_its_containers_in_teus_is_trade(nlp, themes):
    counted = article(themes, nlp, "Kelmarsh port volumes climb", PORT)[0]
    assert "trade" in counted, counted


MOON = [
    "SEOUL - The country's first missile test of the year drew condemnation from its neighbours on Tuesday.",
    "Separately, the national space agency said it would send a lunar lander and two astronauts to orbit the moon "
    "in 2034 on a rocket built at home.",
]


def test_a_lunar_lander_on_a_rocket_is_no_weapon(nlp, themes):
    landed = article(themes, nlp, "Missile test draws condemnation", MOON)[1]
    assert "military" not in landed, landed
