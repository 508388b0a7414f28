"""What someone pointed to keeps the role they gave it: "pointed to the council as the main obstacle" (fictional
text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_pointed_to_keeps_the_as_phrase(nlp):
    rows = said_by(nlp, "Ada Pell still pointed to the council as the main obstacle to the new ferry route.")
    assert rows == [("Ada Pell", "the council as the main obstacle to the new ferry route")]


def test_pointed_to_leaves_out_when_and_where_it_was_said(nlp):
    rows = said_by(nlp, "Ada Pell pointed to the rising cost of ferry fuel at a meeting of the harbour board.")
    assert [quote for _, quote in rows] == ["the rising cost of ferry fuel"]
