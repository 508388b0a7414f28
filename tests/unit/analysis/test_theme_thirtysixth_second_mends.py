"""Themes of the second round of mends after the thirty-sixth probe batch: a city that is no capital, named after a
thing of it ("the markets of Krakow", "the port of Split"), only says where a story about one country happens and is
no party to relations between states, while a state so named still is. Fictional texts on the real spaCy pipeline
with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes import Themes, ThemeScore

GRAIN = (
    "The new rules followed Poland's decision to tighten checks on farm produce from its neighbour, after its own "
    "growers complained that cheap Ukrainian grain was flooding the markets of {}."
)


def diplomacy(themes: Themes, nlp, text: str) -> ThemeScore:
    return next(s for s in themes.score(nlp(text)) if s.theme == "diplomacy")


def parties_of(score: ThemeScore) -> str:
    return next((t for t in score.terms if t.startswith("parties: ")), "")


def test_a_city_named_after_a_thing_of_it_is_a_place_not_a_party(themes, nlp):
    city = diplomacy(themes, nlp, GRAIN.format("Krakow"))
    assert parties_of(city) == "parties: Poland + Ukrainian", city.terms


def test_a_state_named_after_a_thing_of_it_is_still_a_party(themes, nlp):
    state = diplomacy(themes, nlp, GRAIN.format("Slovakia"))
    assert "Slovakia" in parties_of(state), state.terms
