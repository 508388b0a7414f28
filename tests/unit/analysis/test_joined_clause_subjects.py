"""A title opening a clause joined to a named speaker's ("X said …, but the judge said …") is another person
(joined_clause_subjects.py)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_title_that_opens_a_joined_clause_is_another_than_its_first_subject(nlp):
    said = said_by(
        nlp,
        "At the hearing, Mrs Justice Pembury said Vance had been ‘reckless throughout’. Daniel Hartnell KC, for Vance, "
        "said his client was ‘a good father’, but the judge said this counted ‘for very little’.",
    )
    assert said[-2:] == [
        ("Daniel Hartnell", "his client was ‘a good father’"),
        ("Pembury", "this counted ‘for very little’"),
    ]
