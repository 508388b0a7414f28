"""An advisory and a court's order are documents, not speakers (GUIDELINES.md: "A document, an effort or an event is
no speaker"): what "the advisory, issued by X, said" or "the order said" holds is no quote of an unnamed source, while
the agency or the judge that speaks as itself still does (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_an_advisory_that_said_is_no_speaker(nlp):
    rows = said_by(
        nlp,
        "The advisory, issued by the Federal Grid Security Office and two foreign partners, said the intruders had "
        "used stolen passwords to reach the control systems of three power plants.",
        "The office said it had warned every operator named in the report.",
    )
    assert rows == [("Federal Grid Security Office", "it had warned every operator named in the report")]


def test_a_court_order_that_said_is_no_speaker(nlp):
    rows = said_by(
        nlp,
        "Judge Marisa Kettering-Lowe wrote that the bank had ignored repeated warnings about the leak.",
        "The order said the bank’s claim that customers had agreed to the sharing of their data was not credible.",
    )
    assert [speaker for speaker, _ in rows] == ["Marisa Kettering-Lowe"]
