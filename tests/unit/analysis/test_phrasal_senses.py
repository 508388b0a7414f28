""" "Call" in the sense of telephoning is no cue: a person as the object before "on" or "for" ("called the mayor on
Monday") and a time as the only object of the preposition ("called on Monday") say whom was called and when, not
what was said; "called on the council to …", "called for …" and "called elections for May" still speak (texts of
our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

_INTRO = "Nora Vance has chaired the Alder Bay ferry board for a decade."


@pytest.mark.parametrize(
    "text",
    [
        "Vance called her brother, her closest adviser, on Monday.",
        "Vance called the mayor on Monday to complain.",
        "On Friday night, Vance called a board member, Tom Reyes, on his mobile.",
    ],
)
def test_calling_someone_or_something_is_no_quote(nlp, text):
    assert said_by(nlp, _INTRO, text) == []


def test_a_day_is_not_who_was_called_on(nlp):
    rows = said_by(nlp, _INTRO, "Vance called on Monday for a new ferry schedule.")
    assert rows == [("Nora Vance", "a new ferry schedule")]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Vance called on the council to open the archive.", "the council to open the archive"),
        ("Vance called for a new ferry schedule.", "a new ferry schedule"),
        ("Vance called the plan a disaster on Monday.", "the plan a disaster"),
        ("Vance called snap board elections for May.", "snap board elections"),
        ("Vance called him a liar on the radio.", "him a liar"),
        ('Vance called the mayor "reckless" on Tuesday.', 'the mayor "reckless"'),
    ],
)
def test_calls_that_speak_still_do(nlp, text, said):
    rows = said_by(nlp, _INTRO, text)
    assert len(rows) == 1 and rows[0][0] == "Nora Vance" and rows[0][1].startswith(said)


@pytest.mark.parametrize(
    "text",
    [
        "At the marina, volunteers now call a tow boat from Port Ellis for breakdowns that used to mean a short row.",
        "Vance called a taxi from the depot for the visitors who had missed the last ferry.",
    ],
)
def test_calling_a_thing_for_someone_or_something_is_a_summons_not_a_call_for_it(nlp, text):
    """ "call a tow boat for breakdowns": what is sent for, no demand; "called snap elections for May" still speaks."""
    assert said_by(nlp, _INTRO, text) == []
