"""Themes of the mends made after the twenty-eighth probe batch: a town's coat of arms bears no arms, and what comes
"like an invasion" is no army; the United Nations as the source of a toll ("according to the United Nations") is no
actor; armoured carriers and tanks go on as "the vehicles"; armour is a weak word of war; men sent or recruited to
fight are a war, firefighters sent to fight a blaze are not; sabotage is a weak word of war; an international
tribunal that settles a dispute between states is diplomacy's; "mines" after "landmines" are the weapons, a coal
town's mines are not; arms sold between two states are a relation between them, arms bought at home are not.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article


def test_a_coat_of_arms_and_an_invasion_of_a_simile_take_no_war(themes, nlp):
    parade = [
        "Three hundred lanterns carried through Vesterby on Saturday night formed the town's coat of arms, a "
        "crowned herring, above the old market square.",
        '"It felt like an invasion of glow-worms," said a baker who watched from his doorway.',
    ]
    found = article(themes, nlp, "Lantern Parade Lights Up Old Town", parade)
    assert all("military" not in verdict for verdict in found), found


def test_the_un_as_the_source_of_a_toll_is_no_actor_in_a_war(themes, nlp):
    war = [
        "Government troops shelled rebel positions around Kasembe on Tuesday, a day after the rebels took the airport.",
        "Neighbouring Ostland closed its border and summoned Norland's ambassador to protest at shells that fell on "
        "its side.",
        "The shelling has killed at least 40 civilians since Sunday and driven 12,000 from their homes, according to "
        "the United Nations.",
    ]
    assert article(themes, nlp, "Troops Shell Rebel-Held Town", war)[2] == ["military"]


def test_men_sent_to_fight_abroad_are_a_war(themes, nlp):
    lured = [
        "Norland asked Ostland on Monday to send home 40 of its citizens who it said had been promised building jobs "
        "there and were instead sent to fight in the east.",
        '"He had a week of training and then they took him to the trenches," said the sister of one of the men.',
    ]
    found = article(themes, nlp, "Norland Asks Ostland To Send Home Its Citizens", lured)
    assert "military" in found[0], found
    assert "military" in found[1], found


def test_firefighters_sent_to_fight_a_blaze_take_no_war(themes, nlp):
    blaze = ["Two hundred firefighters were sent to fight the blaze in the hills above Vesterby on Sunday."]
    assert article(themes, nlp, "Wildfire Near Vesterby", blaze) == [[]]


def test_a_campaign_sabotaged_is_no_war(themes, nlp):
    campaign = ["The mayor of Vesterby accused two rivals on Monday of trying to sabotage her campaign."]
    assert article(themes, nlp, "Candidate Says Rivals Sabotaged Campaign", campaign) == [[]]


#: Paragraphs that take a theme or leave it: (title, paragraphs, which paragraph, theme, whether it takes it).
ONE_PARAGRAPH_CASES = [
    pytest.param(
        "Norland To Sell Arms To Ostland",
        ["Norland agreed on Monday to sell arms worth 2 billion crowns to Ostland, including tanks and rockets."],
        0,
        "military",
        True,
        id="arms_of_war_still_count",
    ),
    pytest.param(
        "UN Urges Talks",
        ["The United Nations asked Norland and Ostland on Monday to open talks on their border."],
        0,
        "diplomacy",
        True,
        id="the_un_acting_is_still_diplomacy",
    ),
    pytest.param(
        "Norland Approves Armoured Carrier Sale",
        [
            "Norland's cabinet approved on Friday the sale of 30 armoured personnel carriers to Ostland, the largest "
            "arms "
            "export in the country's history.",
            "The vehicles, made at a works near the capital, are to be handed over in two batches by the end of next "
            "year.",
        ],
        1,
        "military",
        True,
        id="armoured_carriers_sold_go_on_as_the_vehicles",
    ),
    pytest.param(
        "Car Carrier Docks In Bremerhaven",
        [
            "A car carrier with 4,000 new cars docked in Bremerhaven on Friday after a three-week voyage from "
            "Yokohama.",
            "The vehicles will be sold through dealers across northern Germany.",
        ],
        1,
        "military",
        False,
        id="cars_shipped_on_a_carrier_are_no_arms",
    ),
    pytest.param(
        "Parliament Rejects Sale Of Armoured Vehicles",
        [
            "Norland's parliament rejected on Tuesday a plan to sell 50 armoured vehicles and their spare parts to "
            "Ostland, whose army is fighting separatists in the north.",
            '"Armour sent to a country on fire does not come back," said a lawmaker who voted against the plan.',
        ],
        1,
        "military",
        True,
        id="armour_sent_abroad_goes_on_with_an_arms_sale",
    ),
    pytest.param(
        "Coast Guard Boards Freighter After Cable Is Cut",
        [
            "Norland's coast guard officers boarded a freighter near the island of Holm on Sunday after a power cable "
            "to "
            "Ostland was cut, and police opened an investigation into suspected sabotage."
        ],
        0,
        "military",
        True,
        id="sabotage_of_a_cable_between_states_is_a_matter_of_security",
    ),
    pytest.param(
        "Tribunal Splits Fishing Grounds Between Guyana And Suriname",
        [
            "The international tribunal gave Guyana two thirds of the area in dispute with Suriname, most of it close "
            "to its coast."
        ],
        0,
        "diplomacy",
        True,
        id="an_international_tribunal_between_two_states_is_diplomacy",
    ),
    pytest.param(
        "Ostland Quits Landmine Ban",
        [
            "Ostland's assembly voted on Thursday to quit a regional pact that bans anti-personnel landmines, citing "
            "the "
            "buildup of troops across its eastern border.",
            "The government said it would order mines from a firm in Norland and store them at depots near the "
            "frontier.",
        ],
        1,
        "military",
        True,
        id="mines_after_landmines_are_the_weapons",
    ),
    pytest.param(
        "Ostland To Close Coal Pits",
        [
            "Ostland's last coal pits will close by 2030 under a plan approved by the assembly on Thursday.",
            "The government said it would buy the mines from their owners and retrain some 4,000 workers.",
        ],
        1,
        "military",
        False,
        id="coal_mines_stay_no_weapons",
    ),
    pytest.param(
        "Harbour Bill Debated",
        [
            "Chile's senate debated on Tuesday a bill on the upkeep of harbours in the north.",
            "Spain approved the sale of four patrol frigates to Chile last spring over the objections of its own "
            "opposition.",
        ],
        1,
        "diplomacy",
        True,
        id="arms_sold_between_two_states_are_diplomacy",
    ),
    pytest.param(
        "Army Rifle Purchase Audited",
        ["Chile's army bought 2,000 rifles from a maker in Santiago last year, the audit office said."],
        0,
        "diplomacy",
        False,
        id="arms_bought_at_home_are_no_diplomacy",
    ),
]


@pytest.mark.parametrize(("title", "texts", "index", "theme", "takes"), ONE_PARAGRAPH_CASES)
def test_a_paragraph_takes_or_leaves_the_theme(themes, nlp, title, texts, index, theme, takes):
    found = article(themes, nlp, title, texts)
    assert (theme in found[index]) is takes, found
