""" "Science" before a minister's title is the minister's portfolio, as "Energy" is, not an organisation the minister
is tied to (lexicon.PORTFOLIOS; texts of our own)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_science_before_minister_names_no_organisation(nlp):
    rows = profiles_of(nlp, "Science Minister Rodrigo Falcón Urzúa said the agency would not lose any of its budget.")
    assert [(name, kind) for name, kind, _ in rows] == [("Rodrigo Falcón Urzúa", "official")]
    assert rows[0][2] != "Science"
