"""Themes of a state advising against travel to a place (themes/travel_warnings.py): "Austria has advised against all
travel to Zamfara" is a travel advisory, diplomacy by GUIDELINES.md, as "travel advice" is, though no word of the
nationals it speaks to is written; a doctor, the police or a state against travel on snowy roads is none. Fictional
texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article

WARNINGS = [
    "Austria has advised against all travel to Zamfara and seven other northern states since 2021.",
    "The Foreign Office advises against all but essential travel to the coastal districts south of the port.",
    "Norway has warned against travel to the border area since the fighting began.",
]


@pytest.mark.parametrize("text", WARNINGS)
def test_a_state_advising_against_travel_to_a_place_is_diplomacy(nlp, themes, text):
    warned = article(themes, nlp, "A quiet week on the coast", [text])[0]
    assert "diplomacy" in warned, warned


NO_WARNINGS = [
    "Doctors advise against travel to high altitudes in the last month of pregnancy.",
    "Police advised against all but essential travel to the valley until the snow is cleared.",
    "Norway's roads authority advised against travel on mountain passes over the weekend.",
]


@pytest.mark.parametrize("text", NO_WARNINGS)
def test_advice_against_travel_by_no_state_or_on_roads_is_no_diplomacy(nlp, themes, text):
    assert article(themes, nlp, "A quiet week on the coast", [text]) == [[]]
