"""Shares of those polled who speak, said in numbers, and questions before an inverted cue, on the real pipeline
(texts of our own)."""

from __future__ import annotations

from tests.quoting import quote_rows_of, said_by


def test_a_share_said_in_numbers_speaks_for_those_polled(nlp):
    rows = quote_rows_of(
        nlp,
        "About four in 10 said they were worried about the cost of the new bridge. Almost half said they "
        "wanted a mayor from outside the party.",
        "Six in 10 said the ferry should run all year, but nine in 10 said they thought the fares were too high.",
        "Nearly nine out of 10 say they will move away if the ferry stops.",
    )
    assert [(r["speaker"], r["speaker_kind"], r["quote"]) for r in rows] == [
        ("", "unnamed", "they were worried about the cost of the new bridge"),
        ("", "unnamed", "they wanted a mayor from outside the party"),
        ("", "unnamed", "the ferry should run all year"),
        ("", "unnamed", "they thought the fares were too high"),
        ("", "unnamed", "they will move away if the ferry stops"),
    ]


def test_a_number_that_is_no_share_is_no_speaker(nlp):
    assert said_by(nlp, "In 2019, 12 said the plan would fail, and the vote went 4 to 3.") == []


def test_a_question_before_an_inverted_cue_is_the_asker_s(nlp):
    rows = said_by(
        nlp,
        "\u201cIs the ferry running on Sunday?\u201d asked Tom Reyes, the owner of the bakery. \u201cWas it worth "
        "it?\u201d asks Nora Vance, whose bakery now employs six people.",
    )
    assert rows == [
        ("Tom Reyes", "\u201cIs the ferry running on Sunday?\u201d"),
        ("Nora Vance", "\u201cWas it worth it?\u201d"),
    ]


def test_a_cue_with_its_own_negation_or_passive_is_still_no_statement(nlp):
    rows = said_by(
        nlp,
        "Tom Reyes was not asked about the ferry. Nora Vance was told the bakery would close, but she did not say "
        "whether she would appeal.",
    )
    assert rows == []


def test_a_cue_inside_a_question_or_a_condition_states_nothing(nlp):
    rows = said_by(
        nlp,
        "Mara Quinn interviewed Governor Ada Holm on Monday. Quinn pressed on by asking if the governor thinks "
        "the harbour tunnel is the only way forward. If Holm says the tunnel will be built, the council will "
        "vote against it.",
    )
    assert rows == [("Mara Quinn", "the governor thinks the harbour tunnel is the only way forward")]


def test_a_counted_number_or_most_speaks_for_those_polled(nlp):
    rows = quote_rows_of(
        nlp,
        "Those over 50 say they feel that way by three to one.",
        "Since March, at least 9,000 said they would take part in the clean-up.",
        "Most said they would vote for the ferry levy again next year.",
    )
    assert [(r["speaker"], r["speaker_kind"], r["quote"]) for r in rows] == [
        ("", "unnamed", "they feel that way by three to one"),
        ("", "unnamed", "they would take part in the clean-up"),
        ("", "unnamed", "they would vote for the ferry levy again next year"),
    ]
