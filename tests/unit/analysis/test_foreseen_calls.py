"""A lone noun phrase after "called", which a market page writes of a forecaster who foresaw it ("correctly called
the top of the market", "who called last year's rally"), is no quote; "called the bill a disgrace" still is (texts of
our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_market_call_that_was_foreseen_is_no_quote(nlp):
    rows = said_by(
        nlp,
        "Damaris Kell-Abbot, who correctly called last year’s rally, said the recovery would be choppy.",
        "The strategist, Oren Vasquez-Tiller, called the top of the market two years ago.",
    )
    assert rows == [("Damaris Kell-Abbot", "the recovery would be choppy")]


def test_a_name_given_to_a_thing_is_still_a_quote(nlp):
    rows = said_by(nlp, "Senator Ada Pruett-Lang called the bill a disgrace and urged a new vote.")
    assert [speaker for speaker, _ in rows][:1] == ["Ada Pruett-Lang"]
    assert "the bill a disgrace" in rows[0][1]
