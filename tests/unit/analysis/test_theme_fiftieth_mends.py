"""Themes of the mends after the fiftieth probe batch (humanitarian and refugee news): a food bank is a charity, no
bank; a movement that governs a state, named as its government, is no armed group at war; a transit camp where
returnees wait to go home is no camp of a war's displaced; a town "cut off" in a story of war is the war's toll (an
effect, weak alone: a flood cuts a village off too). Fictional texts on the real spaCy pipeline with the shipped themes
file."""

from __future__ import annotations

from tests.theming import article


def test_a_food_bank_is_no_bank(nlp, themes):
    (appeal,) = article(
        themes,
        nlp,
        "Food bank opens its winter appeal",
        [
            "MARROWBY - A food bank that feeds 3,000 families across the valley opened its winter appeal on Monday, "
            "saying demand had risen by a fifth since the summer."
        ],
    )
    assert "trade" not in appeal, appeal


def test_banks_that_will_not_move_money_under_sanctions_are_still_trade(nlp, themes):
    (banks,) = article(
        themes,
        nlp,
        "Charities struggle to pay staff",
        ["Banks refused to move money to charities working in Eritrea for fear of breaching sanctions."],
    )
    assert "trade" in banks, banks


def test_a_governing_movement_named_as_a_government_is_no_armed_group(nlp, themes):
    agreed, _, soured = article(
        themes,
        nlp,
        "Tajikistan and Afghanistan agree phased return of Afghans",
        [
            "DUSHANBE - Tajikistan and Afghanistan's Taliban administration agreed on Friday to a phased return of "
            "some 40,000 Afghans living in Tajikistan without papers, after talks in Kabul.",
            "Police raids on migrant hostels in the capital have sent thousands fleeing to the border since June.",
            "Relations between the neighbours have soured over attacks by militants who Dushanbe says shelter on "
            "Afghan soil.",
        ],
    )
    assert set(agreed) == {"diplomacy"}, agreed
    assert "military" in soured, soured


def test_the_taliban_fighting_are_still_war(nlp, themes):
    (attack,) = article(
        themes, nlp, "Checkpoint attacked", ["Taliban fighters attacked a police checkpoint in the north overnight."]
    )
    assert "military" in attack, attack


RETURNS = [
    "Thousands of families who fled the fighting in northern Mali are going home after a truce between the army and "
    "the rebels held for six months, and shelling of the border villages has stopped.",
    "At a transit camp near the border, returnees are given blankets, a cash grant and a bus ticket to their home "
    "district.",
    "Shells hit a camp for displaced people near Gao in March, killing nine.",
]


def test_a_transit_camp_for_returnees_is_no_camp_of_war(nlp, themes):
    _, transit, shelled = article(themes, nlp, "Families who fled war in Mali go home", RETURNS)
    assert "military" not in transit, transit
    assert "military" in shelled, shelled


def test_a_town_cut_off_in_a_war_story_is_the_war(nlp, themes):
    _, _, town = article(
        themes,
        nlp,
        "Convoy waits at front line",
        [
            "A convoy of 20 lorries carrying flour has waited for a week at the front line for the army and the "
            "militias fighting it to guarantee it safe passage.",
            "Two of its drivers were wounded by gunfire on Tuesday.",
            "Aid workers say the hill town of Tessaly, cut off since April, has had no deliveries of flour or "
            "medicine.",
        ],
    )
    assert "military" in town, town


def test_a_village_cut_off_by_a_flood_is_no_war(nlp, themes):
    _, village = article(
        themes,
        nlp,
        "Floods swamp valley",
        [
            "Heavy rain flooded the Arden valley on Sunday, closing roads and forcing hundreds of people from their "
            "homes.",
            "The village of Wetherby Cross, cut off since Sunday, was reached by boat on Tuesday.",
        ],
    )
    assert "military" not in village, village
