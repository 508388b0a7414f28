"""A person called by a surname alone that the recogniser tagged an organisation ("Marwick answered …. She said …"):
when the next words about anyone are "he" or "she", the surname is the person they go on with, not someone named
further back; a body that the next words call "it" stays a body (surnames_taken_for_bodies.py). Fictional text."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by

CHAIR = "Gideon Strand, the chairman, opened the hearing and said the county would take comments until nine."
INCUMBENT = "Lucinda Ferreira-Holt, the incumbent, spoke first."


@pytest.mark.parametrize(
    ("paragraph", "surname", "quote"),
    [
        (
            "Marwick answered from the back of the room. She said the company would pay for a new pump station.",
            "Marwick",
            "the company would pay for a new pump station",
        ),
        (
            "Quillfeather-Bain answered from the applicant's table. She said the builder would pay for a new pump "
            "station.",
            "Quillfeather-Bain",
            "the builder would pay for a new pump station",
        ),
    ],
)
def test_a_surname_the_next_she_goes_on_with_speaks_through_her(nlp, paragraph, surname, quote):
    rows = said_by(nlp, CHAIR, paragraph)
    assert (surname, quote) in rows, rows


def test_a_hyphenated_surname_is_the_she_of_the_next_sentence_after_an_aside(nlp):
    rows = said_by(
        nlp,
        INCUMBENT,
        f"Dravenhurst-Oyo, campaigning in Ohio, left the tape alone. Asked about it by reporters, she said she would "
        f"{L}let the voters decide.{R}",
    )
    assert ("Dravenhurst-Oyo", f"{L}let the voters decide.{R}") in rows, rows


def test_a_body_the_next_words_call_it_stays_a_body(nlp):
    rows = said_by(
        nlp,
        "Nadia Okafor-Lind, a union steward at the plant, said the workers were tired.",
        f"Brisquet said on Monday it would close the plant in March. {L}We were never told,{R} she said.",
    )
    assert ("Nadia Okafor-Lind", f"{L}We were never told,{R}") in rows, rows


def test_a_paper_written_after_the_stays_a_body(nlp):
    rows = said_by(
        nlp,
        "Rosalind Achebe-Moyo, a nurse at the home, said the charts were false.",
        "Beatrix, whose mother lived at the home, said the staff were kind. The Ledger agreed to use only her first "
        f"name. {L}I sat with her every day,{R} she said.",
    )
    assert ("Ledger", f"{L}I sat with her every day,{R}") not in rows, rows
