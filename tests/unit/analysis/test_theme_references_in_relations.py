"""A paragraph that refers back to a story of relations ("the talks had been slow", "the decision follows ...") takes
diplomacy from an article profile of 0.6 (`[diplomacy.context] continued`), where other themes keep their own bar;
one that refers back through a word of another theme only ("the duties": trade's measure), or tells such words
("Traders said the closure had pushed up prices"), still waits for 0.7 (`foreign`). "The measure of" a thing is a
yardstick and "the delegations' buses" a thing of theirs: no reference. Fictional texts on the real spaCy pipeline
with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes.context import ContextWeights, lifts
from dashboard.analysis.themes.continuation import Reference, reference, themed
from tests.theming import article

WATER_TALKS = [
    "ALMATY - The foreign ministers of Kazakhstan and Kyrgyzstan held talks in Almaty on Tuesday on sharing the water "
    "of the upper river, their first meeting since a row over a border reservoir last year.",
    "The reservoir, finished in 2019, holds enough water to irrigate 40,000 hectares of cotton and wheat downstream.",
    "Kyrgyzstan has accused Kazakhstan of taking more than its share in spring, and Astana says Bishkek breaks a 1998 "
    "agreement by letting water through its turbines in winter.",
    "Farmers in the south say their canals ran dry for six weeks last summer, and some sold their cattle.",
    "Aigul Temirbekova, a hydrologist at a university in Bishkek, said the talks had been slow but useful, and that "
    "the hard part would come in August.",
]


def test_the_talks_go_on_with_a_story_of_relations(nlp, themes):
    labelled = article(themes, nlp, "Kazakh And Kyrgyz Ministers Hold Water Talks", WATER_TALKS)
    assert "diplomacy" in labelled[4], labelled
    assert labelled[1] == [] and labelled[3] == [], labelled  # the reservoir and the farmers tell no relations


TOMATO_DUTIES = [
    "Mexico summoned the U.S. ambassador on Monday after Washington kept its duties on Mexican tomatoes, and its "
    "foreign minister called the move an insult to a neighbour and an ally.",
    "Growers in Sinaloa said the duties had already cost them 30,000 seasonal jobs.",
    "Packing houses near Culiacan have closed two of their five lines.",
    "The economy ministry said it was drawing up a list of U.S. goods for retaliation.",
]


def test_the_duties_go_on_with_trade_not_relations(nlp, themes):
    labelled = article(themes, nlp, "Mexico Summons U.S. Ambassador Over Tomato Duties", TOMATO_DUTIES)
    assert labelled[1] == ["trade"], labelled


def test_a_subject_of_another_theme_only_is_marked_foreign():
    told = Reference("the duties", previous_only=False, subject="duty")
    assert themed(told, frozenset(["talks"]), (), frozenset(["duty"])).foreign
    assert not themed(told, frozenset(["duty"]), (), frozenset(["duty"])).foreign  # a word of this theme too
    closure = Reference("the closure", previous_only=False, subject="closure")
    assert themed(closure, frozenset(["talks"]), (), frozenset(["trader"]), ["trader", "price"]).foreign
    assert not themed(closure, frozenset(["talks"]), (), frozenset(["trader"]), ["talks"]).foreign
    he = Reference("he", previous_only=True, subject="duty")
    assert not themed(he, frozenset(), (), frozenset(["duty"])).foreign  # a pronoun's verb is no subject


def test_a_foreign_subject_waits_for_its_own_bar():
    weights = ContextWeights(continued=0.6, foreign=0.7)
    # a strong lead, a paragraph with no word of the theme and the one that refers back, under a title that sets the
    # article profile of the last at 0.65 ((1 + 0 + 2 x 0.8) / 4)
    own = [3.0, 0.0, 0.0]
    plain = Reference("the talks", previous_only=False, subject="talks")
    foreign = Reference("the duties", previous_only=False, subject="duty", foreign=True)
    for told, lifted in ((plain, True), (foreign, False)):
        found = lifts(own, 2.8, ["", "", ""], 2.8 * 0.8, weights, [None, None, told])
        assert (found[2].added > 0) is lifted, (told, found[2])


def test_the_measure_of_a_thing_is_no_reference(nlp):
    assert reference(nlp("That is not the measure of a good neighbour, she said.")) is None
    assert reference(nlp("Officials said the measure would take effect in May.")) == Reference("the measure", False)


def test_a_thing_of_the_delegations_is_no_reference(nlp):
    assert reference(nlp("The town moved a match to make room for the delegations' buses.")) is None
    assert reference(nlp("The negotiators' hotel was full by noon.")) is None
    assert reference(nlp("The delegations will meet again in May.")) == Reference("the delegations", False)
