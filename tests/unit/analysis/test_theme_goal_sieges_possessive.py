"""A side's siege of a goal told with the goal's owner and a possessive ending ("a siege of the visitors' goal", "laid
siege to Penmarsh's goal") is sport, as "the Calder goal" is, while a siege of a people's or a city's
stronghold stays war. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article

LEAD = "Harlow Rovers beat Penmarsh 1-0 on Saturday to move up to third."


@pytest.mark.parametrize(
    "siege",
    [
        "The winner ended a siege of the visitors' goal that had lasted most of the afternoon.",
        "Harlow laid siege to Penmarsh's goal after the break but could not find a way through.",
        "For twenty minutes the hosts besieged the champions' goal, and the keeper kept them out.",
    ],
)
def test_a_siege_of_a_goal_with_its_owner_is_sport(nlp, themes, siege):
    told = article(themes, nlp, "Harlow edge Penmarsh", [LEAD, siege])[1]
    assert "military" not in told, told


def test_a_siege_of_a_rebels_stronghold_stays_war(nlp, themes):
    paragraphs = [
        "Government troops have surrounded the last town held by the rebels in the north, officials said.",
        "The siege of the rebels' stronghold entered its second month, with the army shelling the outskirts.",
    ]
    told = article(themes, nlp, "Army tightens siege of rebel town", paragraphs)[1]
    assert "military" in told, told
