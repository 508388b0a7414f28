"""Themes of the mends after the fifty-sixth probe batch (technology in world affairs): a figure set off in quotation
marks inside a phrase that counts for no theme ('an "army" of volunteers' is "an army of"); land or waters claimed by
a state in the passive ("waters claimed by both Vietnam and China"); the ranks of generals and air marshals as words
of armed services; a war between streaming services or delivery apps as a rivalry for customers; a phone's or a car's
"trade-in" as no trade. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes.claims import claimed
from tests.theming import article


def test_a_phrase_that_counts_for_no_theme_is_read_across_the_quotation_marks_of_its_figure(nlp, themes):
    volunteers, coders, soldiers = article(
        themes,
        nlp,
        "Weekend round-up",
        [
            'An "army" of 300 volunteers cleared litter from the beach at Polmerry on Sunday.',
            "An \u201carmy\u201d of unpaid coders keeps the town's booking website running, the council said.",
            'The "army" sent 300 soldiers to clear the roads after the storm.',
        ],
    )
    assert "military" not in volunteers, volunteers
    assert "military" not in coders, coders
    assert "military" in soldiers, soldiers


def test_waters_or_islands_claimed_by_states_are_a_claim_between_states_and_a_prize_claimed_by_a_team_is_none(nlp):
    for text in [
        "The cable runs through waters claimed by both Vietnam and China.",
        "The reef, which is claimed by the Philippines, lies 120 nautical miles off the coast.",
        "The islands are claimed by China, Taiwan and Vietnam.",
    ]:
        assert claimed(nlp(text)), text
    for text in [
        "The land is claimed by a mining company.",
        "The prize was claimed by a team from Brazil.",
    ]:
        assert not claimed(nlp(text)), text


def test_a_cable_cut_in_waters_two_states_claim_is_diplomacy(nlp, themes):
    _, waters = article(
        themes,
        nlp,
        "Undersea cable cut off the Paracels",
        [
            "Vietnam's foreign ministry said on Tuesday it had asked China to explain why one of its survey ships "
            "was anchored over an undersea cable that was cut at the weekend.",
            "The break lies in waters claimed by both Vietnam and China, near a reef where survey ships have worked "
            "for weeks.",
        ],
    )
    assert "diplomacy" in waters, waters


def test_the_rank_of_a_general_or_an_air_marshal_names_an_officer_of_an_armed_service(nlp, themes):
    # the story tells its watch on the border (a lone rank in a story that hardly tells war takes no lift from it:
    # military's `least`, see themes/context.py)
    _, marshal, general, guard, strike = article(
        themes,
        nlp,
        "Border watch",
        [
            "Troops along the border have been on alert since March, the army said.",
            'Air Vice Marshal Rohan Mehra said the country needed to see "every move on the other side, day and '
            'night".',
            "Major General Ilse Varga, who leads the division, said the bridge would be rebuilt by spring.",
            "A federal air marshal on the flight subdued the passenger before landing.",
            "Unions called a major general strike for Friday over pensions.",
        ],
    )
    assert "military" in marshal, marshal
    assert "military" in general, general
    assert "military" not in guard, guard
    assert "military" not in strike, strike


def test_a_war_between_streaming_services_or_delivery_apps_is_a_rivalry_for_customers(nlp, themes):
    streaming, delivery = article(
        themes,
        nlp,
        "Tech week",
        [
            'The "cyber war" between streaming services Flixora and Beamly escalated this week as each accused the '
            "other of poaching subscribers.",
            "The battle between food delivery apps in Lagos is costing riders their tips.",
        ],
    )
    assert "military" not in streaming, streaming
    assert "military" not in delivery, delivery


def test_a_phone_or_car_trade_in_is_no_trade_and_states_that_trade_in_dollars_still_trade(nlp, themes):
    phones, pickups = article(
        themes,
        nlp,
        "Tech week",
        [
            "Phone maker Lumo is offering up to 600 dollars in credit to customers who trade in an old handset when "
            "they buy its new folding phone, the most generous trade-in deal of the year, analysts said.",
            "Dealers said trade-in values for used pickups fell 8 percent in March.",
        ],
    )
    assert "trade" not in phones, phones
    assert "trade" not in pickups, pickups
    (states,) = article(
        themes,
        nlp,
        "Neighbours drop the dollar",
        ["Brazil and Argentina will trade in their own currencies instead of dollars from next year."],
    )
    assert "trade" in states, states
