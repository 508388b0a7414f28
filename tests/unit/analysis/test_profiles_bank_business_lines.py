"""A bank's head of a line of business it sells to customers ("head of digital", "chief digital officer") runs
products and comments on no market: `other`, as an executive; a bank's strategist or head of research stays an
analyst (quotes/business_lines.py). Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_banks_head_of_digital_is_other(nlp):
    found = profiles_of(
        nlp,
        "Corvane Bank said on Monday it would open a crypto trading service in its app.",
        "Mina Doyle, head of digital at Corvane Bank, said younger customers wanted to trade where they bank.",
    )
    assert ("Mina Doyle", "other", "Corvane Bank") in found


def test_a_banks_chief_digital_officer_is_other(nlp):
    found = profiles_of(nlp, "Paul Ebbers, chief digital officer of Corvane Bank, said the app had 2 million users.")
    assert ("Paul Ebbers", "other", "Corvane Bank") in found


def test_a_banks_head_of_payments_research_stays_an_analyst(nlp):
    found = profiles_of(nlp, "Lea Marsh, head of payments research at Corvane Bank, said card use had peaked.")
    assert ("Lea Marsh", "analyst", "Corvane Bank") in found


def test_a_banks_head_of_strategy_stays_an_analyst(nlp):
    found = profiles_of(nlp, "Ivo Brandt, head of strategy at Corvane Bank, said bond yields would fall further.")
    assert ("Ivo Brandt", "analyst", "Corvane Bank") in found
