"""Themes told through weak words (the seventeenth probe batch's mends): a commodity pact's buffer stock and the bodies
that run such pacts, the radar and pilots of an arms package, a state accused of arming a group, a deed called a breach
of international law or of international obligations, a share of the world's supply, war risk cover for ships, a day of
mourning after an attack, regional bodies of states (the Organization of American States, the Arctic Council), and the
look-alikes that stay out (a head of government's talks with the premiers of his provinces, a pilot scheme, a plan
under the radar, arming teachers, a law firm, one of the world's best players, mourning after a flood). Fictional texts
on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes import Themes, labels
from tests.theming import article


def labelled(themes: Themes, nlp, text: str) -> list[str]:
    return labels(themes.score(nlp(text)))


def test_a_commodity_pacts_buffer_stock_and_the_bodies_that_run_such_pacts_are_trade(themes, nlp):
    text = "The tin council's buffer stock manager sold 2,000 tonnes in Kuala Lumpur on Friday, dealers said."
    assert "trade" in labelled(themes, nlp, text)
    assert "trade" in labelled(
        themes, nlp, "The International Coffee Organization's council will meet in London next week."
    )
    assert "trade" in labelled(themes, nlp, "The commodity pact lapsed in 1989.")


def test_radar_and_pilots_carry_an_arms_sale_but_a_pilot_scheme_or_a_plan_under_the_radar_do_not(themes, nlp):
    found = article(
        themes,
        nlp,
        "Denmark To Sell Used Fighter Jets To Argentina",
        [
            "Denmark has agreed to sell 12 used F-16 fighter jets to Argentina for $300 million, the ministry said.",
            "The deal covers spare parts, a radar upgrade and two years of instruction for Argentine pilots.",
        ],
    )
    assert "military" in found[1]
    assert "military" not in labelled(themes, nlp, "The city will launch a pilot scheme for free school meals.")
    assert "military" not in labelled(themes, nlp, "The tax rise slipped under the radar of most voters.")


def test_a_state_accused_of_arming_attackers_is_military_but_arming_teachers_alone_is_not(themes, nlp):
    found = article(
        themes,
        nlp,
        "Gunmen Kill Four At Border Post",
        [
            "Gunmen attacked a border post in the north on Monday, killing four soldiers, the army said.",
            "The interior minister accused a neighbouring state of arming the group, which it denied.",
        ],
    )
    assert "military" in found[1]
    assert "military" not in labelled(
        themes, nlp, "The senator said she opposed arming teachers in the state's schools."
    )


def test_a_deed_called_a_breach_of_international_law_is_diplomacy_but_a_law_firm_is_not(themes, nlp):
    text = "Lima called the seizure of the boat by Ecuador a violation of international law."
    assert "diplomacy" in labelled(themes, nlp, text)
    firm = "Chile's biggest international law firm opened an office in Lima, Peru's capital, on Monday."
    assert "diplomacy" not in labelled(themes, nlp, firm)


def test_a_measure_said_to_conflict_with_international_obligations_is_diplomacy(themes, nlp):
    found = article(
        themes,
        nlp,
        "",
        [
            "Lisbon warned that the fishing ban would conflict with international obligations.",
            "The minister said the ban broke the country's international obligations under the convention.",
            "Norway said the quota would breach international obligations.",
        ],
    )
    assert "diplomacy" in found[0]
    assert "diplomacy" in found[2]


def test_a_share_of_the_worlds_oil_is_trade_but_one_of_the_worlds_best_players_is_not(themes, nlp):
    found = article(
        themes,
        nlp,
        "Tanker Hit By Drone In Red Sea",
        [
            "A drone hit a Liberian-flagged tanker in the Red Sea on Friday, the navy said.",
            "Insurers raised premiums for ships in the area, brokers said.",
            "About a tenth of the world's oil goes through the strait.",
        ],
    )
    assert "trade" in found[2]
    assert "trade" not in labelled(themes, nlp, "The coach said Kane was one of the world's best strikers.")


def test_war_risk_cover_for_ships_is_trade(themes, nlp):
    text = "Underwriters raised war risk rates for tankers calling at Gulf ports, brokers said."
    assert "trade" in labelled(themes, nlp, text)


def test_a_day_of_mourning_goes_on_with_an_attack_but_not_with_a_flood(themes, nlp):
    attack = article(
        themes,
        nlp,
        "Suicide Bomber Kills 14 Soldiers At Base",
        [
            "A suicide bomber killed 14 soldiers at an army base in the north on Saturday, the defence ministry said.",
            "The president declared three days of national mourning.",
        ],
    )
    assert "military" in attack[1]
    flood = article(
        themes,
        nlp,
        "Floods Kill 30 In Coastal Province",
        [
            "Floods killed at least 30 people in the coastal province on Saturday, officials said.",
            "The governor declared three days of mourning.",
        ],
    )
    assert "military" not in flood[1]


def test_regional_bodies_of_states_are_diplomacy_in_a_story_of_relations(themes, nlp):
    found = article(
        themes,
        nlp,
        "",
        [
            "Honduras accused Nicaragua on Monday of moving troops to their border, the foreign ministry said.",
            "The Organization of American States has offered to send observers to the area.",
            "The Arctic Council will meet in Tromso in May.",
        ],
    )
    assert "diplomacy" in found[1]
    assert "diplomacy" in found[2]


def test_a_head_of_government_meeting_his_provinces_premiers_holds_talks_at_home(themes, nlp):
    home = (
        "After six hours of meetings with the nine premiers, the prime minister said talks on the health accord "
        "would resume."
    )
    assert "diplomacy" not in labelled(themes, nlp, home)
    abroad = "The premiers of China and Japan met in Beijing on Monday for talks."
    assert "diplomacy" in labelled(themes, nlp, abroad)
