"""Testimony at an inquiry or a trial: "he said" after a question put by a woman whose given name tells her gender is
the witness's answer, not hers; "said he had not" answers the question of the sentence before."""

from __future__ import annotations

from tests.quoting import said_by


def test_he_after_a_question_from_a_woman_is_the_witness(nlp):
    rows = said_by(
        nlp,
        "Constable Ferris Olumide said he had left the desk for ten minutes. Lawyer Rosalind Teague asked whether "
        "anyone had watched the monitor. “Nobody was told to watch it that night,” he said.",
    )
    assert ("Ferris Olumide", "“Nobody was told to watch it that night,”") in rows


def test_a_short_answer_to_the_question_of_the_sentence_before(nlp):
    rows = said_by(
        nlp,
        "Commission counsel Margaret Vossberg asked Orvell Dantry whether he had kept a diary of the meetings. "
        "Dantry said he had not.",
    )
    assert ("Orvell Dantry", "he had not") in rows
