"""War told through the daily life of a town at war (people sleeping in basements, a curfew, phone lines and internet
cut, shops shut, the road cut, furniture burnt and firewood gathered for fuel, queues): weak words of military that
take the theme only in an article about war (`effects` in the themes file). Fictional texts on the real spaCy
pipeline."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes import labels

WAR = [
    "Rebel artillery shelled the river town of Orvena for a third night, and the army said it had lost two outposts.",
    "{daily}",
    "Government troops fired rockets at rebel positions on the ridge above the town, a military spokesman said.",
]
FLOOD = [
    "The river Orve burst its banks on Sunday after a week of rain, flooding the low streets of Orvena.",
    "{daily}",
    "Engineers said the water would take at least a week to go down, and the council asked for pumps.",
]
DAILY = [
    ("Families in the old quarter now sleep in basements, and the bakery opens only in the morning.", "basement"),
    ("Residents spent the night in the car park under the shopping centre.", "spend the night"),
    ("Phone lines have been down since Friday, and relatives abroad cannot reach anyone in the town.", "phone line"),
    ("Most shops have stayed shut since the weekend, and a curfew starts at eight in the evening.", "stayed shut"),
    ("The primary school has moved its lessons to an underground hall beneath the town library.", "underground"),
    ("A sack of flour costs twice what it did before the road was cut.", "road be cut"),
    ("With no gas left, families in the old quarter burn furniture to keep warm.", "burn furniture"),
    ("A small bottle of cooking fuel now costs what a teacher earns in a day.", "cooking fuel"),
    ("Boys walk to the hills at dawn to gather firewood for their mothers.", "firewood"),
    ("People queue for hours at the only pump still giving clean water.", "queue"),
]


def military(scores):
    return next(s for s in scores if s.theme == "military")


@pytest.mark.parametrize(("daily", "word"), DAILY)
def test_daily_life_in_a_town_at_war_is_war_and_says_why(themes, nlp, daily, word):
    alone = military(themes.score(nlp(daily)))
    assert not alone.label and word in alone.terms
    texts = [t.format(daily=daily) for t in WAR]
    scores = themes.score_article([nlp(t) for t in texts], [""] * 3, "Shelling Hits Orvena For Third Night")
    assert "military" in labels(scores[1])
    assert word in military(scores[1]).terms and military(scores[1]).context


def test_daily_life_in_a_story_of_war_told_with_weak_words_takes_it_through_the_effect(themes, nlp):
    texts = [
        "The council of Orvena met on Monday to plan the spring market, the first since the fighting in the hills.",
        "Families in the old quarter still sleep in basements, and the bakery opens only in the morning.",
        "The council said stalls would be free for traders from the villages this year.",
    ]
    scores = themes.score_article([nlp(t) for t in texts], [""] * 3, "Rebels Shell Orvena As Army Retreats")
    assert military(scores[1]).label
    assert military(scores[1]).explained().startswith("basement; context: effect: basement, article ")
    assert not military(scores[2]).label


@pytest.mark.parametrize(("daily", "word"), DAILY)
def test_the_same_daily_life_in_a_flooded_town_is_no_war(themes, nlp, daily, word):
    texts = [t.format(daily=daily) for t in FLOOD]
    scores = themes.score_article([nlp(t) for t in texts], [""] * 3, "Floods Cut Off Orvena")
    assert "military" not in labels(scores[1])
