"""A given name and a hyphen-joined surname the recogniser took for a date ("Júlia" a place and "Arantes-Viegas" a
date) are one person, named in full, so that her quotes by surname alone are hers (dated_surnames.py). A joined
date of a date's word ("Mid-July") keeps its tag."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by


@pytest.mark.parametrize(
    "lead",
    [
        "Júlia Arantes-Viegas won the women's C1 200 metres on Sunday.",
        "Cláudia Arantes-Viegas won the women's C1 200 metres on Sunday.",
        "Fernanda Arantes-Viegas won the women's C1 200 metres on Sunday.",
    ],
)
def test_a_winner_whose_surname_was_taken_for_a_date_keeps_her_given_name(nlp, lead):
    rows = said_by(nlp, lead, f"{L}It was a strange week,{R} Arantes-Viegas told reporters after the race.")
    given = lead.split()[0]
    assert rows == [(f"{given} Arantes-Viegas", f"{L}It was a strange week,{R}")]


def test_a_speaker_whose_surname_was_taken_for_a_date_is_named_in_full(nlp):
    rows = said_by(nlp, "Júlia Arantes-Viegas told reporters she had not slept much.")
    assert rows == [("Júlia Arantes-Viegas", "she had not slept much")]


def test_a_joined_date_of_a_dates_word_is_no_person(nlp):
    rows = said_by(nlp, "The organisers said the festival would run from Mid-July to late August.")
    assert rows == [("", "the festival would run from Mid-July to late August")]
