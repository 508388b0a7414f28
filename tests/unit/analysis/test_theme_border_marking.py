"""A border between two states marked on the ground, told through the work of marking it (markers, pillars, survey
teams, maps, the line), a pattern the blind batches missed in five batches: once the title or the lead tells the
border being marked and the lead carries diplomacy, such a paragraph that no theme labels goes on with diplomacy; so
does talks on marking a frontier that its context brings close. A county's boundary marked, or a map in a story of
relations that marks no border, keeps its verdict. Fictional texts on the real spaCy pipeline with the shipped themes
file."""

from __future__ import annotations

import pytest

from tests.theming import article

MARKED = [
    "LA PAZ, March 4 - A joint commission of Bolivian and Peruvian surveyors began placing concrete markers along a "
    "disputed stretch of the border between the two countries on Monday, the foreign ministry said.",
    "Each marker carries a number and a metal plate with the date.",
    "Farmers in the valley said nobody had told them on which side of the line their pastures would end up.",
    "Survey teams will work from charts drawn in 1911.",
]


def test_the_lead_of_a_border_being_marked_carries_diplomacy(nlp, themes):
    found = article(themes, nlp, "Surveyors Begin Marking Bolivia-Peru Border", MARKED)
    assert "diplomacy" in found[0], found[0]


@pytest.mark.parametrize("p", [1, 2, 3])
def test_the_work_of_marking_it_goes_on_with_diplomacy(nlp, themes, p):
    found = article(themes, nlp, "Surveyors Begin Marking Bolivia-Peru Border", MARKED)[p]
    assert found == ["diplomacy"], (MARKED[p], found)


def test_the_scores_say_why(nlp, themes):
    scores = themes.score_article([nlp(t) for t in MARKED], [""] * 4, "Surveyors Begin Marking Bolivia-Peru Border")
    diplomacy = next(s for s in scores[1] if s.theme == "diplomacy")
    assert diplomacy.context.endswith("border marked: marker"), diplomacy


COUNTY = [
    "The county council of Brackwell voted on Tuesday to move the boundary between two wards after a new housing "
    "estate was finished.",
    "Each marker carries a number and a metal plate with the date.",
    "Survey teams will work from charts drawn in 1911.",
]


@pytest.mark.parametrize("p", [1, 2])
def test_a_county_boundary_marked_is_no_diplomacy(nlp, themes, p):
    found = article(themes, nlp, "Surveyors Begin Marking New Ward Boundary", COUNTY)[p]
    assert "diplomacy" not in found, (COUNTY[p], found)


VISIT = [
    "The foreign ministers of Chile and Argentina met in Santiago on Monday and agreed to open a second pass through "
    "the mountains.",
    "A map of the new road, which will climb to 3,000 metres, was shown to reporters.",
]


def test_a_map_in_a_story_of_relations_that_marks_no_border_keeps_its_verdict(nlp, themes):
    found = article(themes, nlp, "Chile And Argentina Agree Mountain Road", VISIT)[1]
    assert "diplomacy" not in found, found
