"""A wire dateline is never part of a person's description: "SAN DIEGO - Republican presidential candidate X …" gives
the role "Republican presidential candidate" and the party, not the place the story was filed from (texts of our
own)."""

from __future__ import annotations

from tests.quoting import quote_rows_of


def test_a_dateline_before_a_title_is_neither_role_nor_affiliation(nlp):
    rows = quote_rows_of(
        nlp,
        "SAN DIEGO - Republican presidential candidate Mary Holt on Monday tweeted a chart of her rival beside a "
        "pile of coins.",
        "Two hours later, Holt said the chart had been a mistake.",
    )
    assert rows, "the tweet and the later statement are quotes"
    assert {(r["speaker"], r["role"], r["affiliation"]) for r in rows} == {
        ("Mary Holt", "Republican presidential candidate", "Republicans")
    }
