"""Shapes of wire copy the parser misreads (fictional text): a statement's clause with no "that" taken for a relative
clause of "statement", a past tense taken for a participle before a closing cue, and a name's initials in brackets
that the recogniser cut before the closing bracket, or a bracket it left at the end of a name."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, quote_rows_of, said_by


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        ("Hezbollah said in a statement it had fired rockets at an army base.", "it had fired rockets at an army base"),
        (
            "The company said in a filing it had cut 300 jobs at its two plants.",
            "it had cut 300 jobs at its two plants",
        ),
    ],
)
def test_a_clause_without_that_after_the_statement_is_what_was_said(nlp, paragraph, said):
    assert [quote for _, quote in said_by(nlp, paragraph)] == [said]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ann Cole said in an interview she gave to a local paper on Monday.",
        "The company said in a filing it released on Friday.",
    ],
)
def test_a_true_relative_clause_of_the_statement_is_no_quote(nlp, paragraph):
    assert said_by(nlp, paragraph) == []


def test_a_past_tense_read_as_a_participle_before_a_closing_cue_is_still_reported(nlp):
    paragraph = "Rebel shells killed at least nine people in the eastern town on Sunday, the health ministry said."
    assert said_by(nlp, paragraph) == [
        ("health ministry", "Rebel shells killed at least nine people in the eastern town on Sunday")
    ]


def test_initials_cut_from_their_bracket_are_not_part_of_the_name_and_are_spelt_out_later(nlp):
    rows = quote_rows_of(
        nlp,
        "GENEVA (Reuters) - The World Health Organization (WHO) said on Friday the outbreak was an emergency.",
        '"This is an extraordinary event," WHO Director-General Maria Lenz told a news conference.',
    )
    assert [(r["speaker"], r["affiliation"]) for r in rows] == [
        ("World Health Organization", ""),
        ("Maria Lenz", "World Health Organization"),
    ]


def test_a_bracket_the_recogniser_left_at_the_end_of_a_name_is_not_part_of_it(nlp):
    rows = quote_rows_of(
        nlp,
        "The Office of Fair Trading (OFT) said on Monday it would look into the merger.",
        '"We have real concerns," said Hal Brandt, the OFT\'s chief executive.',
    )
    assert [(r["speaker"], r["affiliation"]) for r in rows] == [
        ("Office of Fair Trading", ""),
        ("Hal Brandt", "Office of Fair Trading"),
    ]


def test_the_time_right_after_the_cue_is_when_it_was_said(nlp):
    rows = said_by(nlp, "The ministry said on Friday it would retaliate against the tariffs.")
    assert rows == [("ministry", "it would retaliate against the tariffs")]


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        ("Bruno Tallis said in a text message that surgery was not expected.", "surgery was not expected"),
        (
            f"His agent, Bruno Tallis, said in a text message that surgery was {L}not expected{R} and that his client "
            f"{L}will be back within a month.{R}",
            f"surgery was {L}not expected{R} and that his client {L}will be back within a month.{R}",
        ),
    ],
)
def test_a_that_read_as_the_determiner_of_the_subject_after_the_message_opens_what_was_said(nlp, paragraph, said):
    assert [quote for _, quote in said_by(nlp, paragraph)] == [said]
