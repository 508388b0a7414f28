"""Cues in -s the tagger reads as nouns after a surname that is also an English word ("Trump notes that …",
"“…,” Steel notes."): the name spoke, and the clause after the cue word is what was said (texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, said_by

_INTRO = "Nora Brook and Dale Steel run the Alder Bay ferry, and Jon Trump sits on its board."


def test_a_cue_read_as_the_object_of_a_name_read_as_a_verb_is_said_by_that_name(nlp):
    rows = said_by(nlp, _INTRO, "Trump notes that the ferry carried more cars than ever.")
    assert rows == [("Jon Trump", "the ferry carried more cars than ever")]


def test_a_cue_read_as_a_noun_after_a_quotation_introduces_it(nlp):
    rows = said_by(nlp, _INTRO, f"{L}We have never missed a crossing in winter,{R} Steel notes.")
    assert [speaker for speaker, _ in rows] == ["Steel"]


def test_a_plural_noun_after_a_capitalised_word_with_no_clause_stays_a_noun(nlp):
    assert said_by(nlp, _INTRO, "Fuel estimates were far too low last year.") == []
    assert said_by(nlp, _INTRO, "Board reports show the ferry lost money.") == []


def test_a_cue_read_as_a_noun_that_closes_a_sentence_after_a_comma_reports_the_clause_before_it(nlp):
    said = "The ferry cannot expect to keep its winter timetable without the island council"
    assert said_by(nlp, f"{said}, Ostrow notes.") == [("Ostrow", said)]


def test_a_cue_read_as_a_noun_after_a_double_barrelled_surname_that_closes_a_sentence(nlp):
    """ "…, Abernathy-Kwan notes.": the comma stands before the first half of the surname, not right before the word
    the cue hangs on."""
    said = "Cell prices for grid batteries have fallen by about a third in two years"
    rows = said_by(
        nlp, "Halvard Pemberton-Sowe leads the storage team at a research firm.", f"{said}, Pemberton-Sowe notes."
    )
    assert rows == [("Halvard Pemberton-Sowe", said)]
