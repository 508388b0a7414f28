"""A couple named together with a double-barrelled surname ("Gerald and Marjorie Tolliver-Kerrigan"): "her husband"
after the wife spoke is the man named first, with her surname, and "his wife" after the husband spoke is the woman,
as for a surname of one word (couples.py)."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "Twice a month, Gerald and Marjorie Halloran-Petrie drive three hours to a clinic in the city. "
            f"{L}He is wrong about every exit,{R} Marjorie Halloran-Petrie says. {L}The coffee is good,{R} her "
            "husband adds.",
            ["Marjorie Halloran-Petrie", "Gerald Halloran-Petrie"],
            id="her husband adds after a quotation",
        ),
        pytest.param(
            "Omar and Lucille Ostergaard-Nye have run the ferry canteen since 1991. "
            f"{L}We never missed a sailing,{R} Lucille Ostergaard-Nye said. Her husband said the new boat was too "
            "small.",
            ["Lucille Ostergaard-Nye", "Omar Ostergaard-Nye"],
            id="her husband says in a sentence of his own",
        ),
        pytest.param(
            "Dennis and Rhoda Pruitt-Calder drive to the walk-in clinic every second Tuesday. "
            f"{L}It takes the whole day,{R} Dennis Pruitt-Calder says. {L}And the parking costs a fortune,{R} his "
            "wife adds.",
            ["Dennis Pruitt-Calder", "Rhoda Pruitt-Calder"],
            id="his wife adds after the husband",
        ),
    ],
)
def test_the_spouse_of_a_double_barrelled_couple_speaks(nlp, text, speakers):
    rows = said_by(nlp, text)
    assert [speaker for speaker, _ in rows] == speakers


def test_a_surname_that_only_begins_the_same_is_no_couple(nlp):
    rows = said_by(
        nlp,
        "Dennis and Rhoda Pruitt drive to the walk-in clinic every second Tuesday. "
        f"{L}It takes the whole day,{R} Rhoda Pruitt-Calder says. {L}And the parking costs a fortune,{R} her husband "
        "adds.",
    )
    assert [speaker for speaker, _ in rows][1] != "Dennis Pruitt-Calder"
