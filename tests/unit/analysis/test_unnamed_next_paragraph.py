"""A "she" in the paragraph after an unnamed person spoke, naming no one before it, is that unnamed person, not the
named person who spoke before them (unnamed_since)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_pronoun_after_an_unnamed_neighbour_is_the_neighbour(nlp):
    rows = said_by(
        nlp,
        "Petra Okonjo said the water came up through the floor drains before midnight.",
        "A neighbor who asked not to be named said she saw a truck leave the levee road.",
        "“It had no lights on, and it was going fast,” she said.",
    )
    assert rows[-1] == ("", "“It had no lights on, and it was going fast,”")


def test_a_pronoun_after_a_named_speaker_between_stays_with_the_named_one(nlp):
    rows = said_by(
        nlp,
        "A neighbor who asked not to be named said she saw a truck leave the levee road.",
        "Petra Okonjo said the water came up through the floor drains before midnight.",
        "“It had no lights on, and it was going fast,” she said.",
    )
    assert rows[-1] == ("Petra Okonjo", "“It had no lights on, and it was going fast,”")


def test_a_pronoun_after_an_unnamed_person_inside_a_clause_is_not_that_person(nlp):
    rows = said_by(
        nlp,
        "“We grieve with the valley,” Petra Okonjo wrote the day after a man claiming a grudge burned the mill.",
        "While he has said the mill will be rebuilt, the owner has given no date.",
    )
    assert all(speaker != "" for speaker, _ in rows)
