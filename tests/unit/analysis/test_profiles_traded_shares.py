"""A market report's "X shares sank after the company said": the company is the one whose shares the sentence is
about, not the firm of an analyst quoted in the paragraph before (quotes/traded_shares.py). Fictional text."""

from __future__ import annotations

from tests.quoting import said_by

_NAMED = "Chipmaker Veltrane Systems cut its sales forecast on Tuesday."
_ANALYST = "Marla Voss, chief strategist at Corliss Wealth Partners, said the market had been calm all week."


def test_the_company_whose_shares_fell_said_it(nlp):
    said = said_by(nlp, _NAMED, _ANALYST, "Veltrane shares sank 11% after the company said orders had slowed.")
    assert ("Veltrane Systems", "orders had slowed") in said


def test_the_company_whose_stock_rose_in_the_possessive_said_it(nlp):
    said = said_by(
        nlp,
        "Brakewell Foods agreed to sell its frozen-meals unit on Monday.",
        _ANALYST,
        "Brakewell's stock rose 6% after the company said the sale would cut its debt by half.",
    )
    assert ("Brakewell Foods", "the sale would cut its debt by half") in said


def test_the_analysts_firm_speaks_when_no_shares_are_the_subject(nlp):
    said = said_by(nlp, _NAMED, _ANALYST, "The firm said in a note that it expected stocks to recover.")
    assert ("Corliss Wealth Partners", "it expected stocks to recover") in said
