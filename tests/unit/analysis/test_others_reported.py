"""A verb joined by "but" or "and" to the clause a speaker reports, sharing that clause's own subject (a body, a people,
a person), is more of what the speaker reports, not a new statement (others_reported.py)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_view_of_the_council_past_but_is_more_of_what_the_mayor_reports(nlp):
    text = "Mayor Tilda Voss said the council welcomed the report but believed its costs were too high."
    assert said_by(nlp, text) == [
        ("Tilda Voss", "the council welcomed the report but believed its costs were too high")
    ]


def test_what_the_union_urged_is_no_statement_of_the_union(nlp):
    text = (
        "Boatmen's Union president Odile Marchetti said in a statement that the union welcomed the levy, but urged the "
        "port to make sure small boats were not priced out."
    )
    rows = said_by(nlp, text)
    assert [speaker for speaker, _ in rows] == ["Odile Marchetti"]
    assert "but urged the port" in rows[0][1]


def test_and_added_stays_the_speakers_own_statement(nlp):
    text = "Mayor Tilda Voss said the ferry service would resume on Monday and added that fares would not rise."
    assert said_by(nlp, text) == [
        ("Tilda Voss", "the ferry service would resume on Monday"),
        ("Tilda Voss", "fares would not rise"),
    ]


def test_a_verb_hung_on_a_clause_about_a_thing_stays_the_speakers(nlp):
    text = "Mayor Tilda Voss said the deal was good for the town and urged councillors to back it."
    assert said_by(nlp, text) == [
        ("Tilda Voss", "the deal was good for the town"),
        ("Tilda Voss", "councillors to back it"),
    ]


def test_and_admit_that_is_another_statement_of_the_speakers(nlp):
    text = (
        "Harbour sources believe Ostland has joined a pact with Norland, and admit that the coast states are powerless "
        "if Ostland closes the road."
    )
    assert said_by(nlp, text) == [
        ("", "Ostland has joined a pact with Norland"),
        ("", "the coast states are powerless if Ostland closes the road"),
    ]
