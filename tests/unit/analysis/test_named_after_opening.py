"""A speaker named after an opening phrase (texts of our own): "In an interview with the agency, X, a researcher at
…, said …" is X speaking, though the parser hangs the name on the agency and leaves the cue without a subject."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_name_set_off_after_an_interview_phrase_is_the_speaker(nlp):
    rows = said_by(
        nlp,
        "In an interview with Tanjug, Mirela Vukotic, a senior researcher at the Institute of Danube Logistics under "
        "the Novi Sad University of Economics, said the agreement showed that regional connectivity was entering a "
        "new stage.",
        "In an interview with Reuters, Mara Delgado, a senior researcher at the Institute of Andean Trade, said the "
        "agreement showed that regional trade was entering a new stage.",
    )
    assert [speaker for speaker, _ in rows] == ["Mirela Vukotic", "Mara Delgado"]


def test_a_speaker_who_is_the_subject_after_the_phrase_is_unchanged(nlp):
    rows = said_by(nlp, "In an interview on Monday, port director Ann Kessel said the new berth would open in March.")
    assert [speaker for speaker, _ in rows] == ["Ann Kessel"]


def test_a_name_with_a_joined_surname_and_an_age_after_a_place_phrase_is_the_speaker(nlp):
    rows = said_by(
        nlp,
        "At a market outside Lancaster, Rosalie Greenhalgh-Ostrova, 44, said she had cut her gift list in half.",
        "At a mall outside Lancaster, Yolanda Pettigrew-Ostrova, 41, said she had cut her grocery bill by a third.",
    )
    assert [speaker for speaker, _ in rows] == ["Rosalie Greenhalgh-Ostrova", "Yolanda Pettigrew-Ostrova"]
