"""A paragraph in which the model tags no entity at all still goes through every step that joins an entity to the one
after it (retagged.with_next_joined)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_paragraph_without_entities_is_read(nlp):
    assert said_by(nlp, "The results were preliminary, they said.") == []
