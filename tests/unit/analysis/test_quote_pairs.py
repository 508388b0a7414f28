"""Two speakers' reported statements in one sentence, joined by a semicolon or by "and", are two quotes (real
pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import quote_rows_of, said_by


def _roles_and_quotes(nlp, text: str) -> list[tuple[str, str]]:
    return [(row["role"], row["quote"]) for row in quote_rows_of(nlp, text)]


def test_named_speakers_on_either_side_of_a_semicolon_say_their_own_clause(nlp):
    rows = said_by(nlp, "Ann Ross said the ferry was late again; Tom Reyes said it was early.")
    assert rows == [("Ann Ross", "the ferry was late again"), ("Tom Reyes", "it was early")]


def test_shares_of_a_poll_on_either_side_of_a_semicolon_say_their_own_clause(nlp):
    rows = _roles_and_quotes(
        nlp,
        "More than six in 10 said they would ride the new tram; 46 percent said they were unsure about the fares.",
    )
    assert rows == [
        ("more than six in 10", "they would ride the new tram"),
        ("46 percent", "they were unsure about the fares"),
    ]


def test_a_second_speaker_the_parser_joined_to_the_first_statement_says_the_second(nlp):
    rows = said_by(nlp, "Ann Ross said she would vote for the farmers and Tom Reyes said he would vote against them.")
    assert rows == [("Ann Ross", "she would vote for the farmers"), ("Tom Reyes", "he would vote against them")]


def test_a_second_share_of_a_poll_joined_to_the_first_statement_says_the_second(nlp):
    rows = _roles_and_quotes(
        nlp,
        "One in three said the council rarely listens to fishers and one in four said the council was unfair to them.",
    )
    assert rows == [
        ("one in three", "the council rarely listens to fishers"),
        ("one in four", "the council was unfair to them"),
    ]


def test_narration_the_parser_hung_a_closed_quotation_on_is_left_out_of_it(nlp):
    rows = said_by(
        nlp,
        'Deputy Mayor Tom Reyes weighed in as well, telling the Ledger in an interview, "But honestly, they are both '
        'qualified," he said, adding, "Ross is the stronger one."',
    )
    assert rows == [
        ("Tom Reyes", '"But honestly, they are both qualified,"'),
        ("Tom Reyes", '"Ross is the stronger one."'),
    ]


def test_a_scare_quote_inside_a_reported_clause_keeps_the_clause(nlp):
    rows = said_by(nlp, 'The mayor will play the "harbour card," Tom Reyes said on Monday.')
    assert [(speaker, quote[:30]) for speaker, quote in rows] == [("Tom Reyes", 'The mayor will play the "harbo')]


def test_a_cue_after_a_question_with_a_long_subject_introduces_it(nlp):
    rows = _roles_and_quotes(
        nlp,
        '"You work hard. You pay your fares. So why does the ferry never come?" a narrator in the union ad asks.',
    )
    assert rows == [
        ("narrator in the union ad", '"You work hard. You pay your fares. So why does the ferry never come?"')
    ]
