"""A reported clause that a colon joins to the quotation after it is part of the same quote (colon_clauses.py)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_clause_before_a_colon_and_its_quotation_are_one_quote(nlp):
    for text in (
        "Mirela Tovarn-Hask said dredging alone would not work: “You cannot dredge your way out of a flood.”",
        "Mirela Tovarn-Hask said dredging would not do it: “You cannot dig your way out of a flood.”",
    ):
        got = said_by(nlp, text)
        assert len(got) == 1, got
        speaker, quote = got[0]
        assert speaker == "Mirela Tovarn-Hask"
        assert "would not" in quote and "your way out of a flood" in quote, quote


def test_a_colon_after_no_clause_adds_nothing_to_the_quotation(nlp):
    got = said_by(nlp, "Mirela Tovarn-Hask said on Tuesday: “We saw the cracks ourselves.”")
    assert got == [("Mirela Tovarn-Hask", "“We saw the cracks ourselves.”")]


def test_a_phrase_before_the_colon_that_is_no_clause_of_what_was_said_stays_out(nlp):
    got = said_by(nlp, "Dagny Orlevik responded with a line that could have come from her rival: “Stop whining.”")
    assert all("with a line" not in quote for _, quote in got), got
