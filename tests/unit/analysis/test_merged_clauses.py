"""A cue that closes the sentence reports the words before its subject though the parser hung it under the mark of
an earlier clause, with that clause's subject as a second one of its own ("…, while the median rent held …, the
board said in its quarterly report"; quotes/merged_clauses.py). Fictional text."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_report_cue_after_a_while_clause_reports_the_sentence(nlp):
    found = said_by(
        nlp,
        "Rents on two-bedroom flats in the city rose 4.1 percent in the third quarter from a year earlier, the "
        "slowest rise since 2021, while the number of empty flats held near a record low, the Harwick Residential "
        "Lettings Board said in its quarterly survey on Tuesday.",
    )
    assert [speaker for speaker, _ in found] == ["Harwick Residential Lettings Board"]
    assert "Rents on two-bedroom flats" in found[0][1]
