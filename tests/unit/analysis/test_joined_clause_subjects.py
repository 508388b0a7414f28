"""A title opening a clause joined to a named speaker's ("X said …, but the judge said …") is another person
(joined_clause_subjects.py)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_title_that_opens_a_joined_clause_is_another_than_its_first_subject(nlp):
    said = said_by(
        nlp,
        "Sentencing, Mrs Justice Kellaway said Brannock had shown ‘no remorse at all’. Owen Tredgold KC, for the "
        "defence, said his client was ‘a changed man’, but the judge said that made the offence ‘more serious, not "
        "less’.",
    )
    assert said[-2:] == [
        ("Owen Tredgold", "his client was ‘a changed man’"),
        ("Kellaway", "that made the offence ‘more serious, not less’"),
    ]
