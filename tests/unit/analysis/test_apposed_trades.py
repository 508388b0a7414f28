"""A trade that companies and people both ply ("the developer") stands for the company the article set in apposition
to it before, though that company never spoke or acted since and another company spoke in between ("an engineer for
the developer, Brackwater Energy Partners, … Holm Turbine Works said … The developer said in a statement";
quotes/apposed_trades.py); a company noun too ("a lawyer for the carrier, Tolland Air, … The union … said … The
carrier said" is the airline, not the union that spoke last; tied_descriptions.py). Fictional text."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

#: (paragraphs, a word of the quote, its speaker): the trade noun stands for the company set beside it before.
CASES = {
    "the developer, not the company that spoke last": (
        (
            "Marta Quell-Ibsen, an engineer for the developer, Brackwater Energy Partners, told the hearing that the "
            "turbines met the noise limits.",
            "Holm Turbine Works said it would deliver the blades by ship in April.",
            "The developer said in a statement that work on the foundations would start in March.",
        ),
        "foundations",
        "Brackwater Energy Partners",
    ),
    "the developer named right after its noun": (
        (
            "The council sold the depot site to the developer Orrin Quay Holdings for $9 million last year.",
            "Neighbours have fought the plan since. The developer said on Monday that it would add a park.",
        ),
        "a park",
        "Orrin Quay Holdings",
    ),
    "the carrier, not the union that spoke since": (
        (
            "Ilse Varga-Moor, a lawyer for the carrier, Tolland Air, told the tribunal that the pilots had been paid.",
            "The union, the Tolland Pilots Association, said its members had lost a month of wages.",
            "The carrier said in a statement that it would appeal.",
        ),
        "appeal",
        "Tolland Air",
    ),
    "the lender set beside it two paragraphs before": (
        (
            "Ilse Varga-Moor, a lawyer for the lender, Corran Savings Bank, told the court that the loan had been "
            "called in properly.",
            "The borrower, Pell Freight Lines, said it had paid every instalment on time.",
            "The lender said in a filing that it would seek costs.",
        ),
        "seek costs",
        "Corran Savings Bank",
    ),
}


@pytest.mark.parametrize(("paragraphs", "marker", "speaker"), CASES.values(), ids=CASES.keys())
def test_a_trade_noun_is_the_company_set_beside_it(nlp, paragraphs, marker, speaker):
    found = said_by(nlp, *paragraphs)
    assert [who for who, quote in found if marker in quote] == [speaker]
