"""A short name that is an inner word of a full name (a family name written first, a given name used alone, a
family name after a Western given name) is the person the article named in full (inner_name_words.py)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_family_name_written_first_is_the_person_named_in_full(nlp):
    rows = said_by(
        nlp,
        "Cheong Min-ji, an economist at the Daegu Institute for Maritime Policy, said the port deal was modest. "
        f"{L}The shipyards and the railways will not feel it this year,{R} Cheong told The Daegu Ilbo in a phone "
        "interview.",
    )
    assert [speaker for speaker, _ in rows] == ["Cheong Min-ji", "Cheong Min-ji"]
