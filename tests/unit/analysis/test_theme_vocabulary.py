"""Words of today's world news that the shipped themes file counts, and words it no longer counts, one paragraph at a
time on the real spaCy pipeline (fictional sentences)."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes import labels


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Glide bombs and kamikaze drones pounded the town for a third night.", "military"),
        ("Air defence units downed 14 cruise missiles, and shrapnel damaged two schools.", "military"),
        ("Spain and Greece each own Patriot batteries; Oslo sent HIMARS.", "military"),
        ("The war has become a proxy war between the two regional powers.", "military"),
        ("The ministry said its forces had pushed back enemy units near the village.", "military"),
        ("The council called for the departure of all foreign forces from the island.", "military"),
        ("Copper and cobalt prices rose on fears of supply disruptions at the mines.", "trade"),
        ("Cocoa exports fell as growers held back their beans.", "trade"),
        ("Tea and shrimp sales to buyers in Iran fell as growers sent more cattle and maize abroad.", "trade"),
        ("Both powers claim the region as their sphere of influence and court the global south.", "diplomacy"),
        ("The two states agreed a visa-free regime for their citizens and a new border crossing.", "diplomacy"),
        ("A Chilean pilot has been extradited from Italy, Chile's prosecutors said.", "diplomacy"),
        (
            "Foreign missions pulled their staff out of Niamey as Nigerien and French officials traded threats.",
            "diplomacy",
        ),
        ("Senators tried to rewrite the nuclear agreement that Washington signed with Tehran.", "diplomacy"),
        (
            "Peru's president met the king of Spain on the sidelines of the forum and accepted an invitation.",
            "diplomacy",
        ),
    ],
)
def test_words_of_world_news_label_their_theme(themes, nlp, text, theme):
    assert theme in labels(themes.score(nlp(text))), text


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("The foreign minister held talks with her counterpart on Monday.", "trade"),  # a title, not foreign trade
        ("Police fired tear gas at protesters demanding lower prices.", "trade"),
        ("Rioters threw petrol bombs at officers, who were attacked with stones.", "military"),
        ("Two senators signed on to the bill, which had received wide support.", "diplomacy"),
        ("The two carmakers will join forces to build a new fuel tank.", "military"),
        ("Armed robbers seized four hostages in a bank and demanded a car.", "military"),  # crime, as robbery is
    ],
)
def test_look_alike_words_do_not_label_a_theme(themes, nlp, text, theme):
    assert theme not in labels(themes.score(nlp(text))), text


@pytest.mark.parametrize(
    "text",
    [
        "Two neighbours traded accusations at the United Nations after the border incident.",
        "Venezuela broke off relations with Argentina on Sunday.",
    ],
)
def test_relations_broken_off_and_accusations_traded_between_states_are_diplomacy(themes, nlp, text):
    assert "diplomacy" in labels(themes.score(nlp(text))), text


def test_barbs_traded_between_candidates_are_no_relation_between_states(themes, nlp):
    assert labels(themes.score(nlp("The two candidates traded barbs over taxes in the debate."))) == []


def test_another_states_forces_are_no_word_of_foreign_trade(themes, nlp):
    scores = themes.score(nlp("The council called for the departure of all foreign forces from the island."))
    trade = next(s for s in scores if s.theme == "trade")
    assert "foreign" not in trade.terms and trade.score == 0


def test_an_arms_makers_shares_in_an_arms_deal_story_are_a_market_not_a_weapon(themes, nlp):
    story = [
        "Norway has agreed to buy 40 tanks and 12 howitzers from a German arms maker, the defence ministry said.",
        "The tanks will replace ageing armour deployed with a brigade in the far north.",
        "Shares of the tank maker, Keller Wehrtechnik, rose 3 percent in early trading.",
    ]
    scores = themes.score_article([nlp(t) for t in story], [""] * 3, "Norway Buys 40 Tanks From Germany")
    assert "military" in labels(scores[1]) and "military" not in labels(scores[2])


def test_soldiers_called_in_against_snow_or_floodwater_are_no_armed_conflict(themes, nlp):
    for text in (
        "Heavy snow closed the motorway north of Lyon, and the army was called in to free stranded drivers.",
        "Soldiers used boats to reach villagers cut off by floodwater after the river burst its banks.",
    ):
        assert "military" not in labels(themes.score(nlp(text))), text


def test_a_tea_party_is_politics_and_a_post_war_history_no_war(themes, nlp):
    assert labels(themes.score(nlp("The Tea Party caucus said the farm bill spent too much on sugar subsidies."))) == []
    told = themes.score(nlp("Mexico, hit by an earthquake, had the best year of its post-war history."))
    assert "war" not in next(s for s in told if s.theme == "military").terms


def test_the_state_department_speaking_weighs_as_a_foreign_ministry_and_named_in_a_list_stays_weak(themes, nlp):
    def diplomacy(text):
        return next(s for s in themes.score(nlp(text)) if s.theme == "diplomacy").score

    spoke = diplomacy("The State Department said the channel remained open.")
    assert spoke == diplomacy("The foreign ministry said the channel remained open.")
    assert diplomacy("Staff of the Agriculture Department, the State Department and two charities will go.") < spoke
