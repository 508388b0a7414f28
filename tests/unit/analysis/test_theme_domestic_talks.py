"""Talks between sides inside one state (political parties forming a government, a union and employers, a province
and the federal government) are no diplomacy, however many words of talks and mediation they carry; talks between
states stay diplomacy even when a union of states or a ruling party is named. Fictional texts on the real spaCy
pipeline."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes import labels
from dashboard.analysis.themes.domestic import domestic_sides


def diplomacy(scores):
    return next(s for s in scores if s.theme == "diplomacy")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Talks to form a new government broke down on Tuesday after the four parties failed to agree on taxes, "
            "the mediator named by the president said.",
            "four parties",
        ),
        (
            "Talks between the dockworkers' union and the port's employers will go to a mediator on Monday, both "
            "sides said.",
            "union",
        ),
        (
            "Negotiators for the largest party said they had agreed with two smaller groups on a programme.",
            "largest party",
        ),
        (
            "Talks between the northern province and the federal government on water rights will resume next week "
            "with a mediator.",
            "province and federal",
        ),
    ],
)
def test_talks_between_sides_inside_one_state_are_no_diplomacy_and_say_why(themes, nlp, text, side):
    found = diplomacy(themes.score(nlp(text)))
    assert not found.label and f"inner talks: {side}" in found.terms


def test_the_lead_of_a_story_of_union_talks_names_the_sides_of_a_later_paragraph(themes, nlp):
    texts = [
        "The train drivers' union said on Monday it would strike for two days over pay, after months without a deal.",
        "Management said the demands would cost the railway 30 million a year.",
        "Talks between the two sides are to resume at a mediator's office in Brenholm on Thursday.",
    ]
    scores = themes.score_article([nlp(t) for t in texts], [""] * 3, "Rail Drivers Set Strike Dates")
    assert "diplomacy" not in labels(scores[2])
    assert "inner talks: union" in diplomacy(scores[2]).terms


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda opened talks to form a customs union, with a mediator from Tanzania, the two governments "
        "said.",
        "Negotiators from Peru and Chile agreed on the border at talks attended by leaders of the ruling party.",
    ],
)
def test_talks_between_states_stay_diplomacy_beside_a_union_of_states_or_a_party(themes, nlp, text):
    assert diplomacy(themes.score(nlp(text))).label


@pytest.mark.parametrize(
    "text",
    [
        "The two parties agreed to a ceasefire.",
        "Leaders of the African Union met in Addis Ababa.",
        "The Union will vote on the budget.",
    ],
)
def test_sides_between_states_or_of_a_union_of_states_are_not_inside_one_state(nlp, text):
    assert domestic_sides(nlp(text)) == ""
