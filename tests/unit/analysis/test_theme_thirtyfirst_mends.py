"""Themes of the mends made after the thirty-first probe batch: goods bought from a state named as their supplier are
an exchange with it, as goods sold to one are; officials "in both capitals" name the two states of a story as "both
countries" does; metals and magnets are goods a trade story goes on with; a capital that only has something ("Washington
has its own worry") does nothing to another state; talks named again go on with a trade story. Fictional texts on the
real spaCy pipeline with the shipped themes file."""

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


def test_magnets_and_metals_go_on_with_a_story_of_export_curbs(themes, nlp):
    story = [
        "China tightened its export controls on rare earths on Monday, requiring a licence for every shipment abroad.",
        "A motor maker in Osaka said it had run out of magnets and would halt a line next week.",
        "A smelter in Ulsan said it had bought enough of the metals to last until the autumn.",
    ]
    assert [("trade" in p) for p in article(themes, nlp, "Export Curbs Bite", story)] == [True, True, True]


def test_a_capital_that_has_something_does_nothing_to_another_state(themes, nlp):
    story = [
        "European and Chinese negotiators held a third round of talks on car duties in Beijing on Monday.",
        "Washington has its own worry: the Pentagon's new trucks carry Chinese chips in their radios.",
    ]
    assert "diplomacy" not in article(themes, nlp, "Carmakers Wait For Licences", story)[1]


def test_talks_named_again_go_on_with_a_story_of_trade(themes, nlp):
    story = [
        "The United States pressed China on Monday to cut its excess steel output, blaming cheap Chinese exports for a "
        "surge in the US trade deficit.",
        "Chinese mills shipped 110 million tonnes of steel abroad last year, customs data show.",
        "A second round of talks is due in Geneva in May, and a deal may take longer, a Treasury aide said.",
    ]
    assert "trade" in article(themes, nlp, "Washington Presses Beijing On Steel Glut", story)[2]
