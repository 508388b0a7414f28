"""The source of "according to" a writing issued by a body named by its noun is that body (according_sources)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_release_from_a_body_named_by_its_noun_is_that_bodys(nlp):
    rows = said_by(
        nlp,
        "Two engines from the Carrow Valley Fire Department reached the barn within minutes, according to a news "
        "release from the department.",
    )
    assert [speaker for speaker, _ in rows] == ["Carrow Valley Fire Department"]


def test_a_writing_of_no_body_stays_an_unnamed_source(nlp):
    rows = said_by(nlp, "Rents in the valley rose by a fifth last year, according to a survey of tenants.")
    assert [speaker for speaker, _ in rows] == [""]


def test_a_writing_of_a_body_described_and_never_named_stays_an_unnamed_source(nlp):
    rows = said_by(
        nlp,
        "The port authority deleted a dozen invoices from its archive, according to a memo released on Friday by the "
        "agency’s watchdog.",
    )
    assert [speaker for speaker, _ in rows] == [""]


def test_a_person_a_poll_tells_of_in_its_relative_clause_did_not_make_it(nlp):
    rows = said_by(
        nlp,
        "Either rival would unseat Governor Marla Fenwright, according to a recent survey that finds more residents "
        "dislike Fenwright than like her.",
    )
    assert [speaker for speaker, _ in rows] == [""]


def test_the_subject_of_the_relative_clause_made_the_survey(nlp):
    rows = said_by(
        nlp,
        "Rents in the valley rose by a fifth last year, according to a survey that the Orrin Housing Institute ran "
        "in March.",
    )
    assert [speaker for speaker, _ in rows] == ["Orrin Housing Institute"]
