"""A couple named together with a double-barrelled surname ("Gerald and Marjorie Tolliver-Kerrigan"): "her husband"
after the wife spoke is the man named first, with her surname, and "his wife" after the husband spoke is the woman,
as for a surname of one word (couples.py)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_her_husband_adds_after_a_quotation(nlp):
    rows = said_by(
        nlp,
        "Twice a month, Gerald and Marjorie Halloran-Petrie drive three hours to a clinic in the city. "
        f"{L}He is wrong about every exit,{R} Marjorie Halloran-Petrie says. {L}The coffee is good,{R} her husband "
        "adds.",
    )
    assert [speaker for speaker, _ in rows] == ["Marjorie Halloran-Petrie", "Gerald Halloran-Petrie"]


def test_her_husband_says_in_a_sentence_of_his_own(nlp):
    rows = said_by(
        nlp,
        "Omar and Lucille Ostergaard-Nye have run the ferry canteen since 1991. "
        f"{L}We never missed a sailing,{R} Lucille Ostergaard-Nye said. Her husband said the new boat was too small.",
    )
    assert [speaker for speaker, _ in rows] == ["Lucille Ostergaard-Nye", "Omar Ostergaard-Nye"]


def test_his_wife_adds_after_the_husband(nlp):
    rows = said_by(
        nlp,
        "Dennis and Rhoda Pruitt-Calder drive to the walk-in clinic every second Tuesday. "
        f"{L}It takes the whole day,{R} Dennis Pruitt-Calder says. {L}And the parking costs a fortune,{R} his wife "
        "adds.",
    )
    assert [speaker for speaker, _ in rows] == ["Dennis Pruitt-Calder", "Rhoda Pruitt-Calder"]


def test_a_surname_that_only_begins_the_same_is_no_couple(nlp):
    rows = said_by(
        nlp,
        "Dennis and Rhoda Pruitt drive to the walk-in clinic every second Tuesday. "
        f"{L}It takes the whole day,{R} Rhoda Pruitt-Calder says. {L}And the parking costs a fortune,{R} her husband "
        "adds.",
    )
    assert [speaker for speaker, _ in rows][1] != "Dennis Pruitt-Calder"
