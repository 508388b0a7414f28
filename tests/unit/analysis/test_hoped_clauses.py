"""A participle of speech hung on the clause a person hopes or thinks speaks for that person, when the clause's own
subject is a thing: "Ann hopes the ferry will return, pointing to the new dock" (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_participle_on_a_hoped_clause_is_said_by_the_one_who_hopes(nlp):
    rows = said_by(
        nlp,
        "Ada Pell hopes the ferry service will return next year, pointing to the new dock built last spring.",
        "Omar Brandt thinks the port will grow, citing a rise in cargo bookings at the eastern terminal.",
    )
    assert rows == [
        ("Ada Pell", "the new dock built last spring"),
        ("Omar Brandt", "a rise in cargo bookings at the eastern terminal"),
    ]


def test_a_participle_on_a_clause_about_a_person_is_left_to_that_person(nlp):
    rows = said_by(nlp, "Ada Pell thinks Bo Lind will win the seat, citing his record on the harbour board.")
    assert "Ada Pell" not in [speaker for speaker, _ in rows]
