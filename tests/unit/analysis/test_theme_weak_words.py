"""Themes told with weak words and look-alikes told with strong ones (the fifteenth probe batch's mends): war told
through explosions and strikes on places, a case between states that goes on with a release, trade told through
orders from abroad and a ban on goods, and places listed after "in", a domestic mediator, a firm's securities and a
share of a whole that are none of it. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes import Themes, labels


def labelled(themes: Themes, nlp, text: str) -> list[str]:
    return labels(themes.score(nlp(text)))


def article(themes: Themes, nlp, title: str, texts: list[str], theme: str):
    scores = themes.score_article([nlp(t) for t in texts], [""] * len(texts), title)
    return [next(s for s in paragraph if s.theme == theme) for paragraph in scores]


def test_explosions_heard_in_a_war_story_are_war_but_not_in_a_story_of_a_gas_leak(themes, nlp):
    war = article(
        themes,
        nlp,
        "Strikes Cut Power In Port City",
        [
            "Missiles and drones hit two power plants in the port city of Velna overnight, the army said.",
            "Artillery shelled the northern districts for a third day.",
            "Trams stopped running and most shops stayed shut.",
            "Six explosions were heard in the city between midnight and dawn, residents said.",
        ],
        "military",
    )
    assert war[3].label and war[3].context.startswith("effect: explosion")
    leak = article(
        themes,
        nlp,
        "Gas Leak Blamed For Bakery Fire",
        [
            "A gas leak caused a fire that gutted a bakery in the old town of Velna on Sunday, the fire service said.",
            "Two explosions were heard before the roof fell in, residents said.",
        ],
        "military",
    )
    assert not leak[1].label


def test_a_town_cut_off_is_told_through_what_is_looted_and_runs_out_in_a_war_story_only(themes, nlp):
    war = article(
        themes,
        nlp,
        "Rebels Overrun River Town",
        [
            "Rebel fighters overran the river town of Dorra on Sunday after a week of shelling, the army said.",
            "Troops withdrew to the hills, and drones struck the bridge behind them.",
            "Residents said shops had been looted and the clinic had run out of bandages.",
        ],
        "military",
    )
    assert war[2].label and "loot" in war[2].terms
    shop = article(
        themes,
        nlp,
        "Bakery Runs Out Of Bread On Holiday",
        ["A bakery in Dorra ran out of bread by noon on Sunday, its owner said.", "Its generator was looted."],
        "military",
    )
    assert not any(s.label for s in shop)


def test_strikes_on_places_are_attacks_and_joint_drills_are_exercises(themes, nlp):
    assert "military" in labelled(themes, nlp, "Strikes on three substations killed two workers, the governor said.")
    assert "military" not in labelled(themes, nlp, "Dockers said the strike over pay would go on until Friday.")
    assert "military" in labelled(themes, nlp, "The two navies will hold joint drills off the coast next month.")


def test_a_case_between_states_goes_on_through_a_release_asked_for(themes, nlp):
    found = article(
        themes,
        nlp,
        "Danish Nurse Detained In Oman",
        [
            "A Danish nurse has been detained in Oman for a month, Denmark's foreign ministry said, adding that "
            "consular staff had visited her.",
            "Copenhagen has asked that she be released before the holidays.",
        ],
        "diplomacy",
    )
    assert found[1].label and found[1].context == "case: release, after paragraph 1"


def test_places_listed_after_in_are_no_parties_that_speak(themes, nlp):
    found = article(
        themes,
        nlp,
        "Court Keeps Limits On Fishing Boats",
        [
            "A court kept limits on the number of fishing boats in the bay on Monday.",
            "Fishing groups in Spain and Portugal welcomed the decision.",
        ],
        "diplomacy",
    )
    assert not found[1].label
    assert "state speaks" not in found[1].explained()


@pytest.mark.parametrize(
    "text",
    [
        "A tyre plant will close its second line after orders from abroad fell by half.",
        "The spinning mill laid off 200 workers as its export orders dried up.",
        "Seoul kept its ban on poultry from four farms in Brazil, Brasilia's exporters said.",
    ],
)
def test_orders_from_abroad_and_bans_on_goods_are_trade(themes, nlp, text):
    assert "trade" in labelled(themes, nlp, text)


def test_a_ban_on_goods_goes_on_with_its_article_but_a_ban_on_face_coverings_does_not(themes, nlp):
    goods = article(
        themes,
        nlp,
        "Brussels Keeps Ban On Brazilian Chicken",
        [
            "The European Union will keep its import ban on chicken from six Brazilian plants, the Commission said.",
            "The ban was imposed last year after inspectors found faults in the plants' checks.",
        ],
        "trade",
    )
    assert goods[1].label
    covers = article(
        themes,
        nlp,
        "Court Upholds Ban On Masks At Rallies",
        ["The court upheld a ban on masks at rallies on Friday.", "The ban was passed last year."],
        "trade",
    )
    assert not any(s.label for s in covers)


def test_a_share_of_a_whole_is_no_quarter_of_a_company(themes, nlp):
    share = next(
        s for s in themes.score(nlp("Chile ships about a quarter of the copper it mines.")) if s.theme == "trade"
    )
    assert "-quarter" not in share.terms


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("The union and the employers agreed to use a mediator from the industrial relations board.", "diplomacy"),
        ("King Albert will meet party leaders to decide whether to name a new mediator.", "diplomacy"),
        ('"It is a war of attrition," said an analyst at Brannock Securities.', "military"),
        ("The steelmaker will shut a blast furnace at its works.", "military"),
        ("Police seized 400 kg of cocaine hidden in a shipment of coffee at the port.", "trade"),
    ],
)
def test_look_alikes_told_with_strong_words_take_no_theme(themes, nlp, text, theme):
    assert theme not in labelled(themes, nlp, text)


def test_hotlines_and_contacts_between_states_are_relations(themes, nlp):
    assert "diplomacy" in labelled(themes, nlp, "Pyongyang cut the hotline with Seoul on Friday.")
    contacts = themes.score(nlp("Hanoi has cut off most contacts with Beijing since March."))
    assert "contact with" in next(s for s in contacts if s.theme == "diplomacy").terms


def test_the_host_governments_consent_and_a_foreign_ministry_told_by_its_name_are_relations(themes, nlp):
    consent = themes.score(nlp("Each nominee will need the approval of the host government."))
    assert "host government" in next(s for s in consent if s.theme == "diplomacy").terms
    ministry = themes.score(nlp("The Quai d'Orsay said it was following the case of the two sailors."))
    assert "quai d'orsay" in next(s for s in ministry if s.theme == "diplomacy").terms


def test_neither_leader_goes_on_with_a_meeting_of_two(themes, nlp):
    found = article(
        themes,
        nlp,
        "Leaders Of Chad And Niger Meet At Border",
        [
            "The presidents of Chad and Niger met at a border post on Monday for talks on their disputed frontier.",
            "Neither leader spoke to reporters afterwards.",
        ],
        "diplomacy",
    )
    assert found[1].label and "neither leader" in found[1].terms


def test_a_capital_the_recogniser_missed_acts_for_its_state_when_it_does_something(themes, nlp):
    asked = themes.score(nlp("Kyiv has asked Western governments for more air defence systems to protect its grid."))
    diplomacy = next(s for s in asked if s.theme == "diplomacy")
    assert diplomacy.label and "acting: Kyiv ask Western" in diplomacy.terms
