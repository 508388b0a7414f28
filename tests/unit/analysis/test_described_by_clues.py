"""Descriptions that share no stem with the words that introduced the person ("says the teenager" after "Jill
Farrow, 17,"): the clues of description_clues.py tie them to that person; with no clue the speaker stays unnamed."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_teenager_is_the_person_given_a_teen_age_or_a_school_grade(nlp):
    rows = said_by(
        nlp,
        "Tamsin Oduya, 17, sweeps the floor of the rink after practice. Her coach, Ferdinand Lisle, watches. "
        f"{L}Nobody else wants the early shift,{R} says the teenager.",
        "Wendell Pike, a Grade 10 student at Marlow Secondary, built the robot in his garage. Principal Ada Crane "
        f"entered it in the fair. {L}It only fell over twice,{R} says the teen.",
    )
    assert [speaker for speaker, _ in rows] == ["Tamsin Oduya", "Wendell Pike"]


def test_a_grown_up_age_does_not_make_a_teenager(nlp):
    rows = said_by(
        nlp,
        "Tamsin Oduya, 45, sweeps the floor of the rink after practice. "
        f"{L}Nobody else wants the early shift,{R} says the teenager.",
    )
    assert [speaker for speaker, _ in rows] == [""]


def test_the_doctor_is_the_person_called_dr_or_a_physician(nlp):
    rows = said_by(
        nlp,
        "Dr. Imre Valtonen is the only physician left in Birch Hollow. His wife, Saskia, keeps the books. "
        f"{L}We have not had a day off since March,{R} the family doctor says.",
    )
    assert [speaker for speaker, _ in rows] == ["Imre Valtonen"]


def test_the_doctor_stays_unnamed_when_no_one_was_introduced_as_one(nlp):
    rows = said_by(
        nlp,
        "Imre Valtonen drives the ambulance in Birch Hollow. "
        f"{L}We have not had a day off since March,{R} the family doctor says.",
    )
    assert [speaker for speaker, _ in rows] == [""]


def test_the_skipper_is_the_person_introduced_as_a_teams_captain(nlp):
    rows = said_by(
        nlp,
        "New Zealand captain Tane Whitcombe-Rua has backed his bowlers after England piled on 478.",
        f"{L}That is on me,{R} the skipper said.",
    )
    assert [speaker for speaker, _ in rows] == ["Tane Whitcombe-Rua"]
