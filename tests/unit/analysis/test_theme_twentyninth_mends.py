"""Themes of the mends made after the twenty-ninth probe batch: a ceasefire and a joint statement between the
parties governing together are no war and no relation between states; a body of states named again by its kind ("the
council") goes on with the story told of it; a foreign businessman or buyer buying into another state is investment
abroad; export controls told on as "the rules" go on with the trade story, and a state's energy dependence on
another is trade.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_a_ceasefire_between_the_parties_governing_a_region_is_domestic(themes, nlp):
    coalition = [
        "The two parties governing the region of Vesterland agreed a ceasefire on Tuesday in their row over a "
        "hospital law, and issued a joint statement promising to stop attacking each other in public."
    ]
    assert article(themes, nlp, "Coalition Partners Patch Up Row Over Hospitals", coalition) == [[]]


def test_a_body_of_states_named_again_by_its_kind_goes_on_with_its_story(themes, nlp):
    council = [
        "Foreign ministers of the Southern Seas Council met in Port Amara on Thursday and agreed to admit Chile and "
        "Peru as observers.",
        "The foreign ministers of Argentina and Brazil said the decision would strengthen ties between the region and "
        "South America.",
        "Ecuador has been an observer at the council since 2010 and has asked several times to become a member.",
    ]
    title = "Foreign Ministers Agree To Admit Chile And Peru As Observers"
    assert "diplomacy" in article(themes, nlp, title, council)[2]


def test_a_foreign_businessman_buying_land_abroad_is_investment(themes, nlp):
    land = [
        "A Chinese businessman's plan to buy a large farm in the east of Romania for 40 million euros was blocked by "
        "the government."
    ]
    assert "trade" in article(themes, nlp, "Romania Blocks Sale Of Farm", land)[0]


def test_the_rules_go_on_with_the_export_controls_the_article_told(themes, nlp):
    controls = [
        "The government of Norland on Monday tightened its controls on the export of turbine blades to Vardania, "
        "requiring a licence for every shipment, and Vardania said it would respond.",
        "Vardania is the biggest foreign market for the blades, and imports about a third of those made in Norland.",
        "The rules, which apply from March, also cover the moulds and resins the factories use.",
    ]
    title = "Norland Tightens Turbine Export Controls"
    assert "trade" in article(themes, nlp, title, controls)[2]


def test_energy_dependence_on_another_state_is_trade(themes, nlp):
    grid = [
        "Lakonia will close its last gas link to its eastern neighbour next year, which ministers call the end of its "
        "energy dependence on Karsk, and household bills are expected to rise."
    ]
    assert "trade" in article(themes, nlp, "Lakonia Closes Gas Link", grid)[0]
