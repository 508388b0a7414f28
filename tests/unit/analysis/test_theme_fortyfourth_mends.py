"""Themes of the mends after the forty-fourth probe batch (legislatures and the policy process on foreign affairs): a
war, a battle or a truce whose sides are a legislature's bodies (its committees, chambers and leadership) is a quarrel
over procedure, no armed conflict, while a truce between states debated in a parliament stays war. Fictional texts on
the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

FISHERIES = [
    "The Dorvan assembly passed its navy bill on Friday after a night of amendments on frigates and patrol boats.",
    "The month's other quarrel, over a fisheries bill raising quotas for trawler owners, ended in a truce between the "
    "Fisheries Committee's two blocs on Thursday.",
]


def test_a_truce_between_a_committees_blocs_is_no_war(nlp, themes):
    quarrel = article(themes, nlp, "Dorvan assembly passes navy bill", FISHERIES)[1]
    assert "military" not in quarrel, quarrel


ATTRITION = [
    "The Dorvan assembly passed its navy bill on Friday after a night of amendments on frigates and patrol boats.",
    'Speaker Lina Morrow called the vote "the end of a war of attrition between the rules committee and the '
    'leadership."',
]


def test_a_war_of_attrition_between_a_committee_and_the_leadership_is_no_war(nlp, themes):
    quarrel = article(themes, nlp, "Dorvan assembly passes navy bill", ATTRITION)[1]
    assert "military" not in quarrel, quarrel


TRUCE = [
    "The Dorvan assembly debated on Tuesday the truce Kelmar and Ostrava signed last month after two years of war.",
    "Deputies said a truce between Kelmar and Ostrava would not hold without monitors on the river.",
]


def test_a_truce_between_states_debated_in_a_chamber_stays_war(nlp, themes):
    monitored = article(themes, nlp, "Dorvan deputies debate the river truce", TRUCE)[1]
    assert "military" in monitored, monitored


CALENDAR = [
    "The Dorvan assembly passed its navy bill on Friday after a night of amendments on frigates and patrol boats.",
    "The upper house, meanwhile, kept up its quarrel with deputies over the budget calendar, and its president accused "
    "them of holding the appropriations hostage.",
]


def test_appropriations_held_hostage_are_no_war(nlp, themes):
    quarrel = article(themes, nlp, "Dorvan assembly passes navy bill", CALENDAR)[1]
    assert "military" not in quarrel, quarrel


CREW = [
    "Pirates boarded a Dorvan tanker off the Kelmar coast on Sunday, the Dorvan navy said.",
    "The pirates are holding the crew hostage and have asked for a ransom, the shipowner said.",
]


def test_a_crew_held_hostage_stays_war(nlp, themes):
    held = article(themes, nlp, "Pirates seize Dorvan tanker", CREW)[1]
    assert "military" in held, held
