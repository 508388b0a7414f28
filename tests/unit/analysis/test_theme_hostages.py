"""Nationals of one state held hostage by an armed group in a place that is not their own state ("four Chilean
engineers held hostage in Darfur"): the news names their nationality because it is foreign to the place, so their
captivity and release is a case between states, read on the real spaCy pipeline with the shipped themes file (see
themes.held)."""

from __future__ import annotations


def diplomacy_of(themes, nlp, text: str):
    return next(s for s in themes.score(nlp(text)) if s.theme == "diplomacy")


def held(themes, nlp, text: str) -> list[str]:
    return [t for t in diplomacy_of(themes, nlp, text).terms if t.startswith("held abroad")]


def test_nationals_held_hostage_in_a_foreign_place_are_held_abroad(themes, nlp):
    for text in (
        "Four Chilean engineers held hostage in Darfur for eight months were freed on Friday, officials said.",
        "Two Estonian aid workers taken hostage in Idlib last spring have been released.",
    ):
        assert held(themes, nlp, text), text


def test_hostages_at_home_and_arrests_in_a_city_are_no_case_between_states(themes, nlp):
    for text in (
        "Six Peruvian miners held hostage in Peru by a gang were rescued on Monday.",
        "Two Mexicans arrested in Guadalajara were charged with fraud on Tuesday.",
        "Two Mexicans held hostage in Mexico City by a gang escaped on Tuesday.",
    ):
        assert not held(themes, nlp, text), text
