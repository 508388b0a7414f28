"""Themes of a paragraph that opens on "Its" or "Their" and a noun ("Its opponents say ...", "Their leader ..."), a
pattern the eighty-first blind batch missed (a bill's sponsors in a story of aid tied to votes at the UN): the pronoun
stands for what the article told, so the paragraph goes on with the article's subject as "the treaty's opponents"
would; and the near-misses that must not change (the same words in a story of a town's bypass, which carries no
theme). Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

TREATY = [
    "Lithuania's foreign minister signed a border treaty with Poland in Warsaw on Monday, ending a long dispute over "
    "two villages and a stretch of the Neris valley.",
    "The treaty still needs the approval of both parliaments, and the foreign ministers will meet again in June to "
    "exchange the ratified texts.",
]
OPPONENTS = [
    "Its opponents say farmland that families have worked for generations would end up on the other side.",
    "Their leader, a farmer from one of the villages, has collected 40,000 signatures against it.",
]


def test_its_or_their_and_a_noun_go_on_with_a_story_of_relations(themes, nlp):
    found = article(themes, nlp, "Lithuania and Poland sign border treaty", TREATY + OPPONENTS)
    assert all("diplomacy" in labels for labels in found), found


def test_the_same_openers_in_a_story_of_a_town_carry_no_theme(themes, nlp):
    bypass = [
        "The town council approved a plan on Tuesday for a bypass around Harlow Vale, to be built by 2029.",
        "The council says the road will take 8,000 lorries a day out of the high street.",
    ]
    found = article(themes, nlp, "Town council approves bypass plan", bypass + OPPONENTS)
    assert found == [[], [], [], []], found
