"""A coordinator is a person's noun, like a representative: "The aid group's logistics coordinator in Herat, X, said"
is X, though the parser hangs the name on the place."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_coordinator_in_a_place_named_after_it_is_the_speaker(nlp):
    rows = said_by(
        nlp, "The aid group’s logistics coordinator in Herat, Mirela Kostadinova, said the warehouses were empty."
    )
    assert rows == [("Mirela Kostadinova", "the warehouses were empty")]


def test_a_coordinator_left_unnamed_is_an_unnamed_speaker(nlp):
    rows = said_by(nlp, "A coordinator at the warehouse said the trucks had not arrived.")
    assert rows == [("", "the trucks had not arrived")]
