"""Themes of the mends after the fifty-fourth probe batch (religion in world affairs): the branches of a faith are no
states, the sides of a border are places, the guns kept silent are a ceasefire, and a quota of pilgrims or refugees is
no quota on goods. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_the_branches_of_a_faith_are_no_parties_to_relations(nlp, themes):
    (clerics,) = article(
        themes,
        nlp,
        "Preachers share a pulpit",
        ["Sunni and Shia leaders warned in a joint appeal against reprisals."],
    )
    assert "diplomacy" not in clerics, clerics
