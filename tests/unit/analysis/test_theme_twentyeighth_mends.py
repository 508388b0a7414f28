"""Themes of the mends made after the twenty-eighth probe batch: a town's coat of arms bears no arms, and what comes
"like an invasion" is no army; the United Nations as the source of a toll ("according to the United Nations") is no
actor; armoured carriers and tanks go on as "the vehicles"; armour is a weak word of war; men sent or recruited to
fight are a war, firefighters sent to fight a blaze are not; sabotage is a weak word of war; an international
tribunal that settles a dispute between states is diplomacy's; "mines" after "landmines" are the weapons, a coal
town's mines are not; arms sold between two states are a relation between them, arms bought at home are not.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_a_coat_of_arms_and_an_invasion_of_a_simile_take_no_war(themes, nlp):
    parade = [
        "Three hundred lanterns carried through Vesterby on Saturday night formed the town's coat of arms, a "
        "crowned herring, above the old market square.",
        '"It felt like an invasion of glow-worms," said a baker who watched from his doorway.',
    ]
    found = article(themes, nlp, "Lantern Parade Lights Up Old Town", parade)
    assert all("military" not in verdict for verdict in found), found


def test_arms_of_war_still_count(themes, nlp):
    sale = ["Norland agreed on Monday to sell arms worth 2 billion crowns to Ostland, including tanks and rockets."]
    assert "military" in article(themes, nlp, "Norland To Sell Arms To Ostland", sale)[0]


def test_the_un_as_the_source_of_a_toll_is_no_actor_in_a_war(themes, nlp):
    war = [
        "Government troops shelled rebel positions around Kasembe on Tuesday, a day after the rebels took the airport.",
        "Neighbouring Ostland closed its border and summoned Norland's ambassador to protest at shells that fell on "
        "its side.",
        "The shelling has killed at least 40 civilians since Sunday and driven 12,000 from their homes, according to "
        "the United Nations.",
    ]
    assert article(themes, nlp, "Troops Shell Rebel-Held Town", war)[2] == ["military"]


def test_the_un_acting_is_still_diplomacy(themes, nlp):
    acting = ["The United Nations asked Norland and Ostland on Monday to open talks on their border."]
    assert "diplomacy" in article(themes, nlp, "UN Urges Talks", acting)[0]


def test_armoured_carriers_sold_go_on_as_the_vehicles(themes, nlp):
    sale = [
        "Norland's cabinet approved on Friday the sale of 30 armoured personnel carriers to Ostland, the largest arms "
        "export in the country's history.",
        "The vehicles, made at a works near the capital, are to be handed over in two batches by the end of next year.",
    ]
    assert "military" in article(themes, nlp, "Norland Approves Armoured Carrier Sale", sale)[1]


def test_cars_shipped_on_a_carrier_are_no_arms(themes, nlp):
    shipped = [
        "A car carrier with 4,000 new cars docked in Bremerhaven on Friday after a three-week voyage from Yokohama.",
        "The vehicles will be sold through dealers across northern Germany.",
    ]
    assert "military" not in article(themes, nlp, "Car Carrier Docks In Bremerhaven", shipped)[1]


def test_armour_sent_abroad_goes_on_with_an_arms_sale(themes, nlp):
    sale = [
        "Norland's parliament rejected on Tuesday a plan to sell 50 armoured vehicles and their spare parts to "
        "Ostland, whose army is fighting separatists in the north.",
        '"Armour sent to a country on fire does not come back," said a lawmaker who voted against the plan.',
    ]
    assert "military" in article(themes, nlp, "Parliament Rejects Sale Of Armoured Vehicles", sale)[1]


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


def test_sabotage_of_a_cable_between_states_is_a_matter_of_security(themes, nlp):
    cut = [
        "Norland's coast guard officers boarded a freighter near the island of Holm on Sunday after a power cable to "
        "Ostland was cut, and police opened an investigation into suspected sabotage."
    ]
    assert "military" in article(themes, nlp, "Coast Guard Boards Freighter After Cable Is Cut", cut)[0]


def test_a_campaign_sabotaged_is_no_war(themes, nlp):
    campaign = ["The mayor of Vesterby accused two rivals on Monday of trying to sabotage her campaign."]
    assert article(themes, nlp, "Candidate Says Rivals Sabotaged Campaign", campaign) == [[]]


def test_an_international_tribunal_between_two_states_is_diplomacy(themes, nlp):
    ruling = [
        "The international tribunal gave Guyana two thirds of the area in dispute with Suriname, most of it close "
        "to its coast."
    ]
    found = article(themes, nlp, "Tribunal Splits Fishing Grounds Between Guyana And Suriname", ruling)
    assert "diplomacy" in found[0], found


def test_mines_after_landmines_are_the_weapons(themes, nlp):
    ban = [
        "Ostland's assembly voted on Thursday to quit a regional pact that bans anti-personnel landmines, citing the "
        "buildup of troops across its eastern border.",
        "The government said it would order mines from a firm in Norland and store them at depots near the frontier.",
    ]
    assert "military" in article(themes, nlp, "Ostland Quits Landmine Ban", ban)[1]


def test_coal_mines_stay_no_weapons(themes, nlp):
    pits = [
        "Ostland's last coal pits will close by 2030 under a plan approved by the assembly on Thursday.",
        "The government said it would buy the mines from their owners and retrain some 4,000 workers.",
    ]
    assert "military" not in article(themes, nlp, "Ostland To Close Coal Pits", pits)[1]


def test_arms_sold_between_two_states_are_diplomacy(themes, nlp):
    sale = [
        "Chile's senate debated on Tuesday a bill on the upkeep of harbours in the north.",
        "Spain approved the sale of four patrol frigates to Chile last spring over the objections of its own "
        "opposition.",
    ]
    assert "diplomacy" in article(themes, nlp, "Harbour Bill Debated", sale)[1]


def test_arms_bought_at_home_are_no_diplomacy(themes, nlp):
    home = ["Chile's army bought 2,000 rifles from a maker in Santiago last year, the audit office said."]
    assert "diplomacy" not in article(themes, nlp, "Army Rifle Purchase Audited", home)[0]
