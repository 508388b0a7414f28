"""A name that opens a bulleted point is the name without the bullet, as speaker and as entity (texts of our own)."""

from __future__ import annotations

from dashboard.analysis.entities import entity_rows
from tests.quoting import said_by

_POINT = "• Brisco Freight said it would appeal the fine."


def test_a_body_that_speaks_at_the_head_of_a_point_is_named_without_the_bullet(nlp):
    rows = said_by(nlp, "Here is what we know about the closure of the Quillan ferry so far.", _POINT)
    assert rows == [("Brisco Freight", "it would appeal the fine")]


def test_an_entity_at_the_head_of_a_point_is_named_without_the_bullet(nlp):
    names = [row["text"] for row in entity_rows("test-article", list(nlp.pipe([_POINT])))]
    assert names == ["Brisco Freight"]
