"""The speaker's next act of speech after reported speech (", calling the owners greedy", ", though he did not say
how much") is no part of what was said; a participle of speech is a quote of its own (real pipeline, texts of our
own)."""

from __future__ import annotations

from tests.quoting import said_by

FARMER = "Tomas Brekke farms barley near the lake at Halden."


def test_a_participle_of_speech_after_a_comma_is_its_own_quote(nlp):
    rows = said_by(
        nlp, FARMER, "He says he would sell the grain on Friday, calling the price “a poor deal” for the valley."
    )
    assert rows == [
        ("Tomas Brekke", "he would sell the grain on Friday"),
        ("Tomas Brekke", "the price “a poor deal” for the valley"),
    ]


def test_a_participle_after_a_comma_inside_quotation_marks(nlp):
    rows = said_by(nlp, FARMER, 'He said he was "too tired," describing the harvest crew as unpaid.')
    assert [quote for _, quote in rows] == ['he was "too tired,"', "the harvest crew as unpaid"]


def test_a_participle_on_another_subjects_clause_stays(nlp):
    rows = said_by(nlp, FARMER, "He said the millers turned down his offer, calling it an insult to the valley.")
    assert rows == [("Tomas Brekke", "the millers turned down his offer, calling it an insult to the valley")]


def test_a_concession_about_his_own_speech_is_the_narrators(nlp):
    rows = said_by(nlp, FARMER, "He said the mill owed him money, though he did not say how much it was.")
    assert rows == [("Tomas Brekke", "the mill owed him money")]


def test_a_participle_that_is_no_verb_of_speech_stays(nlp):
    rows = said_by(nlp, FARMER, "He said the farm grew fast last year, hiring twelve pickers from the coast.")
    assert rows == [("Tomas Brekke", "the farm grew fast last year, hiring twelve pickers from the coast")]
