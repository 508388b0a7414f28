"""A trade that companies and people both ply ("the developer") stands for the company the article set in apposition
to it before, though that company never spoke or acted since and another company spoke in between ("an engineer for
the developer, Brackwater Energy Partners, … Holm Turbine Works said … The developer said in a statement";
quotes/apposed_trades.py); a company noun too ("a lawyer for the carrier, Tolland Air, … The union … said … The
carrier said" is the airline, not the union that spoke last; tied_descriptions.py). Fictional text."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_developer_is_the_company_set_beside_it_not_the_one_that_spoke_last(nlp):
    found = said_by(
        nlp,
        "Marta Quell-Ibsen, an engineer for the developer, Brackwater Energy Partners, told the hearing that the "
        "turbines met the noise limits.",
        "Holm Turbine Works said it would deliver the blades by ship in April.",
        "The developer said in a statement that work on the foundations would start in March.",
    )
    assert [speaker for speaker, quote in found if "foundations" in quote] == ["Brackwater Energy Partners"]


def test_the_developer_named_right_after_its_noun(nlp):
    found = said_by(
        nlp,
        "The council sold the depot site to the developer Orrin Quay Holdings for $9 million last year.",
        "Neighbours have fought the plan since. The developer said on Monday that it would add a park.",
    )
    assert [speaker for speaker, quote in found if "a park" in quote] == ["Orrin Quay Holdings"]


def test_the_carrier_is_the_airline_set_beside_it_not_the_union_that_spoke_since(nlp):
    found = said_by(
        nlp,
        "Ilse Varga-Moor, a lawyer for the carrier, Tolland Air, told the tribunal that the pilots had been paid.",
        "The union, the Tolland Pilots Association, said its members had lost a month of wages.",
        "The carrier said in a statement that it would appeal.",
    )
    assert [speaker for speaker, quote in found if "appeal" in quote] == ["Tolland Air"]


def test_the_lender_is_the_bank_set_beside_it_two_paragraphs_before(nlp):
    found = said_by(
        nlp,
        "Ilse Varga-Moor, a lawyer for the lender, Corran Savings Bank, told the court that the loan had been called "
        "in properly.",
        "The borrower, Pell Freight Lines, said it had paid every instalment on time.",
        "The lender said in a filing that it would seek costs.",
    )
    assert [speaker for speaker, quote in found if "seek costs" in quote] == ["Corran Savings Bank"]
