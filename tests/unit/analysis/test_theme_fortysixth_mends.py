"""Themes of the mends after the forty-sixth probe batch (technology, cyber and space in world affairs): a war or a
battle whose sides are businesses ("the cyber war between two game studios") is a rivalry between firms, no armed
conflict; a people's investment in another state or in another people's firms is trade; surveillance flights near a
frontier are military; states coordinating with each other ("the attribution was coordinated with Peru") is diplomacy,
as their coordination is. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_a_war_between_two_game_studios_is_no_military(nlp, themes):
    (rivalry,) = article(
        themes,
        nlp,
        "Studio rivalry heats up",
        [
            'The "cyber war" between game studios Quillbright and Morrow Interactive flared on Friday when Morrow '
            "sued, saying its rival had copied the combat mode of its top title."
        ],
    )
    assert "military" not in rivalry, rivalry


def test_a_battle_between_two_airlines_is_no_military(nlp, themes):
    (rivalry,) = article(
        themes,
        nlp,
        "Fare fight",
        ["The battle between airlines Skyvane and Orla Air for the Dunmore route turned to combat over landing slots."],
    )
    assert "military" not in rivalry, rivalry


def test_a_war_between_two_armed_forces_stays_military(nlp, themes):
    (war,) = article(
        themes,
        nlp,
        "Fighting spreads",
        ["The war between the army and the Rapid Guard militia spread to the river towns on Friday, residents said."],
    )
    assert "military" in war, war


def test_a_peoples_investment_in_another_states_firms_is_trade(nlp, themes):
    (invested,) = article(
        themes,
        nlp,
        "Dairy sector slows",
        [
            "Brazilian investment in Kenyan dairy firms has fallen by a third since Nairobi began screening money from "
            "its neighbours in 2021."
        ],
    )
    assert "trade" in invested, invested


def test_a_peoples_investment_in_another_state_is_trade(nlp, themes):
    (invested,) = article(
        themes,
        nlp,
        "Mines reopen",
        ["Turkish investment in Ghana rose to a record last year as two gold mines reopened near Obuasi."],
    )
    assert "trade" in invested, invested


def test_a_peoples_investment_at_home_is_no_trade(nlp, themes):
    (invested,) = article(
        themes,
        nlp,
        "Pension funds shift",
        ["Canadian investment in Canadian housing rose sharply last year, the pension funds' report showed."],
    )
    assert "trade" not in invested, invested


def test_a_peoples_investment_in_a_state_of_two_words_is_trade(nlp, themes):
    (invested,) = article(
        themes,
        nlp,
        "Plants reopen",
        ["Japanese investment in the United States rose to a record last year as two battery plants opened in Ohio."],
    )
    assert "trade" in invested, invested


BORDER = [
    "Norvalia said on Sunday it had put a military spy satellite into orbit with a new rocket, a launch its southern "
    "neighbour Desmara called a test of banned missile technology.",
    "The rocket lifted off from the Tamsong pad before dawn and flew south over the sea, Desmara's joint chiefs of "
    "staff said.",
    "Desmara said it would drop part of a 2019 accord with Norvalia meant to ease tension along the frontier and "
    "resume surveillance flights near the line.",
]


def test_surveillance_flights_near_a_frontier_are_military(nlp, themes):
    *_, flights = article(themes, nlp, "Norvalia launches spy satellite; neighbour calls it missile test", BORDER)
    assert "military" in flights, flights


HACK = [
    "Chile and Argentina on Monday blamed a hacking group working for a foreign intelligence service for a year-long "
    "campaign that stole email from both parliaments.",
    "The group got in through a flaw in a mail server and copied the mailboxes of some 30 lawmakers, Chile's cyber "
    "agency said.",
    "Santiago's foreign ministry summoned the ambassador of the state it named to explain what it called hostile "
    "activity.",
    "The attribution was coordinated with Peru, Uruguay and Colombia, which put out a joint technical notice listing "
    "the group's tools.",
    "Officials said no votes had been changed, but that the rolls of 12 million voters had been read.",
]


def test_an_attribution_coordinated_with_three_states_is_diplomacy(nlp, themes):
    _, _, _, coordinated, _ = article(themes, nlp, "Chile and Argentina blame foreign spies for ministry hack", HACK)
    assert "diplomacy" in coordinated, coordinated
