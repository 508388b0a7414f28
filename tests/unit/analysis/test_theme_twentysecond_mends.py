"""Themes of the twenty-second probe batch's mends: the toll of an attack told in its stock phrases ("No one was hurt",
"two others are still missing") goes on with a story of war; an inspection between states named in the lead is an
event its later paragraphs tell on (the team that carries it out); "the list" of a retaliation goes on with the
measure it names, as "the duties" and "the quota" do; "heavy guns" are arms. Fictional texts on the real spaCy
pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes import labels
from tests.theming import article

RAID = [
    "Gunmen attacked a bus carrying miners to a gold pit in the north on Friday, officials said.",
    "The attackers opened fire from both sides of the road and set the bus alight.",
    "Six passengers and the driver were taken to hospital; two others are still missing.",
    "No one was hurt on the second bus, the mining company said.",
]
HEAT = [
    "Temperatures reached 45C in the south on Friday, the weather service said.",
    "Hospitals were full of elderly patients with heatstroke.",
    "Six people were taken to hospital; two hikers are still missing in the hills.",
    "No one was hurt at the festival, the organisers said.",
]


def test_the_toll_of_an_attack_goes_on_with_a_story_of_war(themes, nlp):
    found = article(themes, nlp, "Gunmen Kill Seven In Attack On Miners' Bus", RAID)
    assert "military" in found[2], found
    assert "military" in found[3], found
    # the same toll in a story of a heatwave is none
    assert article(themes, nlp, "Heatwave Grips South", HEAT) == [[], [], [], []]


INSPECTION = [
    "VIENNA, May 3 - A team of eight inspectors arrived at a uranium plant on Monday for the first inspection under "
    "the treaty between the two countries in three years.",
    "The team will check the seals on the centrifuge halls and take samples from the storage tanks.",
    "The plant's director said his staff would give them every document they asked for.",
]


def test_an_inspection_between_states_is_told_on_by_its_team(themes, nlp):
    found = article(themes, nlp, "Inspectors Return To Uranium Plant Under Treaty", INSPECTION)
    assert "diplomacy" in found[0], found
    assert "diplomacy" in found[1], found


RETALIATION = [
    "BRUSSELS, June 2 - The European Union published a list of Brazilian goods worth 4 billion euros on Friday that "
    "will face extra import duties from July unless Brasilia lifts its tariffs on European cars.",
    "The list includes coffee, shoes, handbags and orange juice.",
    "Companies have two weeks to object before the list is adopted.",
]
SHORTLIST = [
    "The city's arts council named the twelve finalists for its annual poetry prize on Friday.",
    "The list includes three teachers, a nurse and a retired bus driver.",
    "The winner will be announced in October.",
]


def test_a_list_of_goods_to_be_hit_is_told_on_as_the_measure_it_is(themes, nlp):
    found = article(themes, nlp, "EU Lists Brazilian Goods For Retaliation", RETALIATION)
    assert found[1] == ["trade"], found
    assert found[2] == ["trade"], found
    # a list in a story about no theme carries none
    assert article(themes, nlp, "Poetry Prize Finalists Named", SHORTLIST) == [[], [], []]


def test_heavy_guns_pulled_back_from_a_line_are_war(themes, nlp):
    text = "Under the plan, both sides must pull their heavy guns 20 km back from the river within ten days."
    assert "military" in labels(themes.score(nlp(text)))
    assert "military" not in labels(themes.score(nlp("Police seized two guns and a knife from the car.")))
