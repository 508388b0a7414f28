"""Themes of the mends made after the thirty-first probe batch: goods bought from a state named as their supplier are
an exchange with it, as goods sold to one are; officials "in both capitals" name the two states of a story as "both
countries" does. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_goods_bought_from_a_state_are_trade_with_it(themes, nlp):
    story = [
        "Trade in power between Latvia and Estonia rose by a third last year as a new cable opened, the grid "
        "operators said.",
        "For Latvia, which has bought no electricity from Belarus since 2021, the cable matters less than the "
        "pylons along the coast.",
    ]
    assert "trade" in article(themes, nlp, "Power Flows Under The Gulf", story)[1]


def test_people_taken_in_from_a_state_and_arms_bought_from_one_are_no_trade(themes, nlp):
    story = [
        "The mayor said the town had taken in 300 refugees from Sudan since the spring.",
        "The army bought two hundred rifles from Serbia last year, the defence ministry said.",
    ]
    assert [("trade" in p) for p in article(themes, nlp, "Town Opens A Shelter", story)] == [False, False]


def test_officials_in_both_capitals_are_the_two_states_of_the_story(themes, nlp):
    story = [
        "Bolivia began to sell gas to Paraguay through a new pipeline on Monday, along a route that crosses the "
        "Chaco, where the two countries fought a war in the 1930s.",
        "Officials in both capitals say the sale is commercial and that nothing else is on the table.",
    ]
    assert "diplomacy" in article(themes, nlp, "Bolivian Gas Reaches Paraguay", story)[1]
