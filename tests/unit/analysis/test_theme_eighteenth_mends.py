"""Themes told through weak words and their look-alikes (the eighteenth probe batch's mends): a figure given
"according to" its source is no accord, and storms and quakes that send people to shelters are no war (while a war's
people who fled still take it). Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes import Themes, labels
from tests.theming import article


def labelled(themes: Themes, nlp, text: str) -> list[str]:
    return labels(themes.score(nlp(text)))


def test_a_figure_according_to_its_source_is_no_accord(themes, nlp):
    text = "Most of the rise came in the last ten days of the month, according to the data."
    assert all("accord" not in score.terms for score in themes.score(nlp(text)))
    assert "trade" in labelled(themes, nlp, "The two states signed a trade accord in Lima on Monday.")


def test_a_storm_that_sends_people_to_shelters_is_no_war_but_a_war_that_does_still_is(themes, nlp):
    storm = article(
        themes,
        nlp,
        "Typhoon Drives Thousands To Flee Coast",
        [
            "Tens of thousands of people fled to shelters on the coast as a typhoon with winds of 200 kph came ashore "
            "on Sunday.",
            "Soldiers went from house to house in the fishing villages, telling families to leave.",
            "Heavy rain is expected to flood the camps where farm workers live.",
        ],
    )
    assert "military" not in storm[0]
    assert "military" not in storm[2]
    war = article(
        themes,
        nlp,
        "Shelling Drives Thousands From Border Towns",
        [
            "Artillery shelled three border towns overnight, killing six people, the army said.",
            "Tens of thousands of people fled to shelters as the fighting spread.",
        ],
    )
    assert "military" in war[1]


def test_a_war_waged_on_what_cannot_fight_back_is_no_war_but_one_on_a_party_or_fighters_is(themes, nlp):
    for text in [
        "'We are fighting a war against the mosquito, and we are losing it,' the head of the fever ward said.",
        "The council leader declared war on the town's litter and promised 200 new bins.",
        "The central bank's battle against inflation is far from over, its governor said.",
    ]:
        assert "military" not in labelled(themes, nlp, text), text
    for text in [
        "The president vowed to wage war on the jihadists who killed 40 villagers last week.",
        "The group has declared war on Israel and claimed three rocket attacks this month.",
        "Both men backed the war against the rebels in the north.",
    ]:
        assert "military" in labelled(themes, nlp, text), text


def test_capitals_named_as_where_flights_go_do_not_act_but_a_capital_that_speaks_still_does(themes, nlp):
    for text in [
        "The airport was closed and flights to Dakar and Lisbon were cancelled.",
        "Trains from Minsk and Kyiv were delayed by up to six hours.",
    ]:
        terms = [term for score in themes.score(nlp(text)) for term in score.terms]
        assert not any(term.startswith(("capital acts", "state speaks")) for term in terms), (text, terms)
    spoken = themes.score(nlp("Lisbon said the vote must be respected, and Dakar urged the soldiers to free him."))
    assert any(term.startswith("capital acts: Lisbon") for score in spoken for term in score.terms)


def test_two_states_told_as_the_two_neighbours_carry_a_story_of_their_relations(themes, nlp):
    found = article(
        themes,
        nlp,
        "Bhutan Protests To China Over Road",
        [
            "Bhutan handed a note of protest to China's ambassador on Monday over a road built in a disputed valley.",
            "The two neighbours have held 25 rounds of boundary talks since 1984.",
            "Both neighbours say they want the matter settled peacefully.",
        ],
    )
    assert "diplomacy" in found[1]
    assert "diplomacy" in found[2]
    assert "diplomacy" not in labelled(
        themes, nlp, "The two neighbours had argued over a fence for years, police said."
    )


def test_a_states_security_partner_is_defence_cooperation_as_well_as_relations(themes, nlp):
    found = article(
        themes,
        nlp,
        "Japanese Destroyer Visits Papua New Guinea",
        [
            "A Japanese navy destroyer docked in Port Moresby on Tuesday for a four-day visit, the embassy said.",
            "Australia, long the main security partner of Papua New Guinea, has watched the visit closely.",
            "Port Moresby signed a security partnership with Washington in 2023.",
        ],
    )
    assert {"military", "diplomacy"} <= set(found[1])
    assert {"military", "diplomacy"} <= set(found[2])


def test_the_places_goods_are_sold_to_are_markets_not_parties_to_relations(themes, nlp):
    found = article(
        themes,
        nlp,
        "Kazakhstan And China Open Rail Link",
        [
            "Kazakhstan and China opened a second rail crossing on Monday, their leaders said in a joint statement.",
            "Kazakhstan sells most of its wheat to Iran and Afghanistan, and wants to double exports to the European "
            "Union by 2030.",
        ],
    )
    assert found[1] == ["trade"]
    spoken = labelled(themes, nlp, "Kazakhstan protested to Iran and Afghanistan over the closure of the crossing.")
    assert "diplomacy" in spoken


def test_dumping_told_as_goods_sold_below_cost_goes_on_with_a_trade_story_but_is_weak_alone(themes, nlp):
    found = article(
        themes,
        nlp,
        "EU Opens Anti-Dumping Probe Into Chinese Tyres",
        [
            "The European Commission opened an anti-dumping investigation into car tyres from China on Tuesday, after "
            "a complaint by European makers.",
            "The makers say the tyres are sold below cost, and that 4,000 jobs have gone since 2021.",
        ],
    )
    assert "trade" in found[1]
    assert "trade" not in labelled(themes, nlp, "The supermarket chain was fined for selling milk below cost.")


def test_drilling_for_oil_and_gas_is_no_drill_of_troops(themes, nlp):
    found = article(
        themes,
        nlp,
        "Navy Holds Drills Near Disputed Islands",
        [
            "The navy held live-fire drills near the disputed islands on Monday, the defence ministry said.",
            "The ministry said the drill would last three days.",
            "A survey ship began drilling near the islands last month.",
        ],
    )
    assert "military" in found[1]
    assert "military" not in found[2]
    assert "military" not in labelled(themes, nlp, "The firm moved its drilling rig to the northern field in May.")


def test_the_place_of_a_wire_dateline_is_no_party_but_the_same_capital_in_the_story_is(themes, nlp):
    for text in [
        "BAMAKO, June 3 - The last French soldiers left Mali a year ago, and new partners have taken their place.",
        "TBILISI, July 11 (Reuters) - Villagers near the boundary with South Ossetia found a fence moved overnight.",
    ]:
        terms = [term for score in themes.score(nlp(text)) for term in score.terms]
        assert not any(("BAMAKO" in term or "TBILISI" in term) for term in terms), (text, terms)
    spoken = themes.score(nlp("Bamako said new partners would train its army, and Paris protested."))
    assert any("Bamako" in term for score in spoken for term in score.terms)


def test_street_traders_and_market_stalls_at_home_are_no_trade_but_traders_of_goods_abroad_are(themes, nlp):
    found = article(
        themes,
        nlp,
        "Nairobi Governor Race Tightens",
        [
            "The race for governor of Nairobi has narrowed to a contest between the incumbent and a pastor.",
            "The pastor accused the governor of driving street traders from the city centre, whose stalls have been "
            "cleared from several markets.",
            "Street traders said the new fees would drive them out of the market.",
        ],
    )
    assert "trade" not in found[1]
    assert "trade" not in found[2]
    assert "trade" in labelled(themes, nlp, "Grain traders said exports to Egypt had doubled since the war began.")
