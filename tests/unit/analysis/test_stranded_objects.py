"""A speaker the parser hung as an apposition on the end of what was said ("X was banned after a test at last year's
Tour de France, the tribunal said") is that apposition, not the words said before it (texts of our own)."""

from __future__ import annotations

from tests.quoting import quote_rows_of


def test_the_apposition_after_a_phrase_run_on_from_the_clause_said_speaks(nlp):
    text = (
        "Dutch rider Joost Verbeek-Lang has been banned for two years after a positive test at last year’s Tour de "
        "France, the Global Cycling Ethics Panel said on Monday."
    )
    rows = quote_rows_of(nlp, text)
    assert [r["speaker"] for r in rows] == ["Global Cycling Ethics Panel"]


def test_a_subject_set_off_after_the_clause_said_keeps_its_apposition(nlp):
    text = "The talks would resume in May, Elena Varga, the mayor of Tessino, said on Monday."
    assert [r["speaker"] for r in quote_rows_of(nlp, text)] == ["Elena Varga"]


def test_a_speaker_after_an_inverted_cue_keeps_the_name(nlp):
    text = "The cuts were painful but could not be avoided, said Ola Brenna, a spokeswoman for Fjord Dairy."
    assert [r["speaker"] for r in quote_rows_of(nlp, text)] == ["Ola Brenna"]


def test_a_name_the_parser_cut_into_a_clause_and_a_subject_stays_the_speaker(nlp):
    text = (
        "Environmental groups were divided. Ana Cláudia dos Reis Moreira, coordinator of the Observatório da Floresta "
        "network, said the challenge would send the wrong signal."
    )
    assert [r["speaker"] for r in quote_rows_of(nlp, text)] == ["Ana Cláudia dos Reis Moreira"]


def test_a_speaker_after_a_quotation_keeps_the_name_before_an_age(nlp):
    text = "“All of my friends are painters,” Vossberg, 49, told The Harbour Post."
    assert [r["speaker"] for r in quote_rows_of(nlp, "Ilse Vossberg is an actor.", text)] == ["Ilse Vossberg"]
