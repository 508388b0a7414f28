"""A quotation with no cue right after a short sentence whose subject is a person doing something ("Lindqvist
chuckles.", "Pike grins.", "She shrugs.") is that person's quote, a turn of its own (gestures)."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by


def test_a_name_the_parser_reads_as_a_modifier_of_its_verb_is_who_speaks_next(nlp):
    said = said_by(
        nlp,
        "Marta Lindqvist runs the bakery on Quay Street.",
        f"Lindqvist chuckles. {L}The ovens never sleep, and neither do I.{R}",
    )
    assert said == [("Marta Lindqvist", f"{L}The ovens never sleep, and neither do I.{R}")]


def test_a_gesture_after_words_read_aloud_makes_a_new_turn(nlp):
    said = said_by(
        nlp,
        f"Marta Lindqvist runs the bakery on Quay Street. {L}I bake for the whole town,{R} Lindqvist says. She reads "
        f"from her ledger: {L}Forty loaves on a Monday, ninety on a Saturday.{R} Lindqvist chuckles. {L}The Saturday "
        f"people are greedy.{R}",
    )
    assert ("Marta Lindqvist", f"{L}The Saturday people are greedy.{R}") in said


@pytest.mark.parametrize("gesture", ["Pike grins.", "She shrugs."])  # the pronoun's a guard: right before as after
def test_a_gesture_after_another_speaker_hands_the_quotation_to_the_one_who_made_it(nlp, gesture):
    said = said_by(
        nlp,
        "Margaret Pike has captained the ferry for thirty years.",
        f"{L}We sail at six whatever the sky says,{R} said John Lum, her deckhand. {gesture} {L}The tide sets the "
        f"timetable, not John.{R}",
    )
    assert said[-1] == ("Margaret Pike", f"{L}The tide sets the timetable, not John.{R}")


def test_a_sentence_about_no_person_hands_over_nothing(nlp):  # a guard: no person, no gesture
    said = said_by(
        nlp,
        "Margaret Pike has captained the ferry for thirty years.",
        f"{L}We sail at six whatever the sky says,{R} said John Lum, her deckhand. The wind picks up. {L}The tide "
        f"sets the timetable, not John.{R}",
    )
    assert [s for s, _ in said] == ["John Lum", "John Lum"]


def test_a_gesture_between_two_quotations_of_ones_own_speech_keeps_one_quote(nlp):  # a guard: as before
    said = said_by(
        nlp,
        f"{L}The ferry runs at six, fog or no fog,{R} said Margaret Pike. Pike grins. {L}Mostly no fog.{R}",
    )
    assert said == [("Margaret Pike", f"{L}The ferry runs at six, fog or no fog,{R} {L}Mostly no fog.{R}")]
