"""A clause told without "that" to a listener known by a proper name, which the parser hung on the name as a relative
clause, is what was told (named_listeners)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_clause_told_to_a_station_unit_by_name_is_what_was_told(nlp):
    rows = said_by(nlp, "Ada Quill told the I-Team his office had asked for a longer sentence.")
    assert rows == [("Ada Quill", "his office had asked for a longer sentence")]
