"""Abbreviated officers' ranks before a name ("Capt.", "Maj.", "Col.", "Lt. Col."): the rank is no speaker of its own,
and "the captain", "the major" or "the colonel" a later sentence speaks by is the one person the article named with that
rank (abbreviations.py, quotes/spelled_ranks.py)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_captain_is_the_one_named_with_capt_before(nlp):
    said = said_by(
        nlp,
        "Capt. Nora Bellweather-Quint, a spokeswoman for the fleet, said two ships had been turned back. “That was a "
        "warning, not a mistake,” the captain said.",
    )
    assert said == [
        ("Nora Bellweather-Quint", "two ships had been turned back"),
        ("Nora Bellweather-Quint", "“That was a warning, not a mistake,”"),
    ]


def test_the_colonel_is_the_one_named_with_col_before(nlp):
    said = said_by(
        nlp,
        "Col. Ivo Marchetti-Lund, who commands the 9th Wing, spoke at the ceremony. “We leave with our heads up,” the "
        "colonel told the crowd.",
    )
    assert said == [("Ivo Marchetti-Lund", "“We leave with our heads up,”")]


def test_an_abbreviated_major_is_no_speaker(nlp):
    said = said_by(
        nlp,
        "The defence lawyer, Maj. Grace Pemberton-Hale, argued that the order was lawful. “He obeyed it,” she said.",
    )
    assert said == [
        ("Grace Pemberton-Hale", "the order was lawful"),
        ("Grace Pemberton-Hale", "“He obeyed it,”"),
    ]


def test_the_sergeant_is_the_one_named_with_sgt_and_a_grade_before(nlp):
    """ "Sgt. 1st Class X": the grade stands between the rank and the name; "the sergeant" is still X."""
    said = said_by(
        nlp,
        "Outside Dayton, Sgt. 1st Class Rosa Martinez-Colm works from an office beside a pizza shop. “Parents ask "
        "about the war,” she said.",
        "The sergeant said the hardest part of her work was finding young people who knew a soldier.",
    )
    assert ("Rosa Martinez-Colm", "the hardest part of her work was finding young people who knew a soldier") in said
