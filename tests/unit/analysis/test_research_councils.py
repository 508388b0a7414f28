"""A research council's chief executive (texts of our own): a state's agency that funds science, though "research"
in its name reads like a think tank's, so its head is an official, no analyst."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_research_councils_chief_executive_is_an_official(nlp):
    rows = profiles_of(
        nlp,
        "Odile Varennes, chief executive of the National Research Council, said the council would fund four new "
        "survey ships on the Saltmere coast this year.",
    )
    assert rows == [("Odile Varennes", "official", "National Research Council")]


def test_a_fellow_of_a_research_institute_is_still_an_analyst(nlp):
    rows = profiles_of(
        nlp,
        "Odile Varennes, a fellow at the Saltmere Policy Research Institute, said fishing quotas would fall again.",
    )
    assert rows == [("Odile Varennes", "analyst", "Saltmere Policy Research Institute")]
