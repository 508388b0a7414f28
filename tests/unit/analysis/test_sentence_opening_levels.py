"""A state official whose title opens the sentence with the level it serves ("The state's economic development
commissioner, X,") in a story that names no state by that noun is tied to no place: "The" before "state" is no
state's name (governed_provinces)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_word_opening_the_sentence_is_no_state_an_official_serves(nlp):
    paragraphs = (
        "A maker of heat pumps will build a factory near the river port of Calder, the governor's office said.",
        "The state's economic development commissioner, Marisol Quintero, said the talks had lasted a year.",
    )
    assert ("Marisol Quintero", "official", "") in profiles_of(nlp, *paragraphs)


def test_a_state_named_by_its_noun_is_still_the_one_its_official_serves(nlp):
    paragraphs = (
        "A maker of heat pumps will build a factory in the state of Kentwater, the governor's office said.",
        "The state's economic development commissioner, Marisol Quintero, said the talks had lasted a year.",
    )
    assert ("Marisol Quintero", "official", "Kentwater") in profiles_of(nlp, *paragraphs)
