"""Themes of a state freeing another state's nationals, told in the active voice (themes/held_by.py): "Venezuela freed
four Americans" is a consular case as "four Americans freed in Venezuela" is, so the paragraphs after it that go on
with the case ("Among those freed was ... arrested in 2022") carry its diplomacy, as GUIDELINES.md reads a paragraph
in its article's context; a state freeing its own people or the police freeing anyone is none. Fictional texts on the
real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article

FREED = [
    "Venezuela freed four Americans on Wednesday, officials said.",
    "Iran released a French teacher on Sunday, and she flew home the same night.",
    "Belarus freed two Lithuanian students on Friday after eight months in a prison near Minsk.",
]
GOING_ON = "Among those freed was a former reservist who was arrested two years ago and accused of theft."


@pytest.mark.parametrize("lead", FREED)
def test_a_case_told_after_a_state_freed_anothers_nationals_is_diplomacy(nlp, themes, lead):
    freed, going_on = article(themes, nlp, "Home for the holidays", [lead, GOING_ON])
    assert "diplomacy" in going_on, going_on


NOT_FOREIGN = [
    "Belarus freed two Belarusian students on Friday after eight months in a prison near Minsk.",
    "Police freed two Lithuanian students on Friday after questioning them for eight hours.",
]


@pytest.mark.parametrize("lead", NOT_FOREIGN)
def test_a_state_freeing_its_own_people_or_the_police_freeing_anyone_is_no_case(nlp, themes, lead):
    assert article(themes, nlp, "Home for the holidays", [lead, GOING_ON]) == [[], []]
