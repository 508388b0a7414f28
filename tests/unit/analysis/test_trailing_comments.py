"""The narrator's comment after reported speech ("said X - a point auditors dispute", "said X, the first time it
has …") is no part of what was said; an apposition that renames what was said about stays (real pipeline, texts of
our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_comment_after_a_dash_leaves_what_was_said(nlp):
    rows = said_by(
        nlp, "Ada Brenn has said the fund was not empty at the time - a point that the auditors have disputed."
    )
    assert rows == [("Ada Brenn", "the fund was not empty at the time")]


def test_a_comment_after_a_comma_leaves_what_was_said(nlp):
    rows = said_by(
        nlp,
        "The ferry company said it had cancelled 125 sailings since March, the first time it has published the number.",
    )
    assert rows == [("ferry company", "it had cancelled 125 sailings since March")]


def test_an_apposition_that_renames_what_was_said_about_stays(nlp):
    rows = said_by(nlp, "Tom Reyes said the council had hired a new auditor, a former banker from the mainland.")
    assert rows == [("Tom Reyes", "the council had hired a new auditor, a former banker from the mainland")]


def test_a_cue_inside_the_comment_makes_no_quote(nlp):
    rows = said_by(
        nlp,
        "Harbour master Tom Reyes says the ferry will miss its winter schedule, the first time the council has "
        "conceded what pilots and islanders have been saying for two years.",
    )
    assert rows == [("Tom Reyes", "the ferry will miss its winter schedule")]


def test_a_comment_that_calls_the_statement_an_admission_leaves_what_was_said(nlp):
    rows = said_by(
        nlp,
        "Ada Brenn said that some island families would pay slightly more for the ferry, an acknowledgment that her "
        "rivals quickly seized on.",
    )
    assert rows == [("Ada Brenn", "some island families would pay slightly more for the ferry")]
