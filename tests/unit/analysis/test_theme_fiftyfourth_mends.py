"""Themes of the mends after the fifty-fourth probe batch (religion in world affairs): the branches of a faith are no
states, the sides of a border are places, the guns kept silent are a ceasefire, a quota of pilgrims or refugees is no
quota on goods, and "similar measures" are more of the measures told. Fictional texts on the real spaCy pipeline with
the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_the_branches_of_a_faith_are_no_parties_to_relations(nlp, themes):
    (clerics,) = article(
        themes,
        nlp,
        "Preachers share a pulpit",
        ["Sunni and Shia leaders warned in a joint appeal against reprisals."],
    )
    assert "diplomacy" not in clerics, clerics


def test_the_sides_of_a_border_are_where_people_live_not_the_states(nlp, themes):
    *_, villages = article(
        themes,
        nlp,
        "Hungary and Slovakia hold border talks",
        [
            "The foreign ministers of Hungary and Slovakia met in Vienna on Monday for talks on the border.",
            "Both sides agreed to reopen two crossings, the Hungarian foreign ministry said in a joint statement.",
            "Farmers on both sides of the border grow the same grapes, and many families have relatives across it.",
        ],
    )
    assert "diplomacy" not in villages, villages


def test_guns_wanted_silent_are_a_ceasefire_in_a_war_story(nlp, themes):
    _, wish = article(
        themes,
        nlp,
        "Envoy arrives as fighting goes on",
        [
            "Fighting between government troops and rebels along the Sava river killed 30 soldiers this week.",
            "The envoy said he wanted the guns silent along the river by the end of the month.",
        ],
    )
    assert "military" in wish, wish


def test_a_quota_of_pilgrims_agreed_between_states_is_no_trade(nlp, themes):
    (quota,) = article(
        themes,
        nlp,
        "Pilgrim places",
        ["Egypt and Saudi Arabia agreed in talks to raise Egypt's hajj quota by 5,000 pilgrims next season."],
    )
    assert "trade" not in quota and "diplomacy" in quota, quota


def test_similar_measures_after_sanctions_are_sanctions_too(nlp, themes):
    _, more = article(
        themes,
        nlp,
        "Japan sanctions Korvanian banks over arms shipments",
        [
            "Japan on Friday imposed sanctions on three Korvanian banks, freezing their assets and barring Japanese "
            "firms from dealing with them.",
            "The European Union is weighing similar measures, diplomats in Brussels said.",
        ],
    )
    assert "trade" in more, more
