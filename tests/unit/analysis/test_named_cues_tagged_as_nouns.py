"""A name and a cue in -s set off by commas after a clause of its own ("The barn cost more …, Rask-Holloway admits,
and he would …"), which the parser hangs right, a cue inserted in the sentence with the name its subject, but tags a
plural noun: the cue is a verb, and the clause before it and the one after it are what the name said."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_surname_that_admits_after_a_clause_of_its_own_is_the_speaker(nlp):
    rows = said_by(
        nlp,
        "Gideon Rask-Holloway trains horses. The barn cost more than the house did, Rask-Holloway admits, and he "
        "would build it again.",
    )
    assert rows == [("Gideon Rask-Holloway", "The barn cost more than the house did and he would build it again")]


def test_a_surname_that_concedes_before_and_is_the_speaker(nlp):
    rows = said_by(
        nlp,
        "Hollis Varga-Penrose coaches the team. The season went badly, Varga-Penrose concedes, and the players know "
        "it.",
    )
    assert rows == [("Hollis Varga-Penrose", "The season went badly and the players know it")]


def test_a_surname_that_concedes_before_but_is_the_speaker(nlp):
    rows = said_by(
        nlp,
        "Hollis Varga-Penrose coaches the team. The season went badly, Varga-Penrose concedes, but the players "
        "never quit.",
    )
    assert rows == [("Hollis Varga-Penrose", "The season went badly but the players never quit")]


def test_a_name_before_notes_that_are_papers_is_no_cue(nlp):
    rows = said_by(nlp, "The clerk handed over the Kessler notes, and the board read them aloud on Tuesday.")
    assert rows == []
