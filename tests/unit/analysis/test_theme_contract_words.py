"""Contracts told through their own words: know-how a foreign maker passes to a buyer state's plants ("the transfer of
technology") and a public tender that firms bid for are weak words of trade that an article of loans, sales or
investment carries; a takeover's "tender offer" is a share deal, and a tender in a story of no exchange stays without
trade. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_a_tender_and_a_transfer_of_technology_go_on_with_a_story_of_foreign_loans_and_sales(themes, nlp):
    labels = article(
        themes,
        nlp,
        "Ghana borrows $400 million from Japanese lender for new harbour",
        [
            "ACCRA, March 2 - Ghana signed a $400 million loan with a Japanese state lender to expand the harbour at "
            "Takoradi, the finance ministry said, with repayments over 30 years at an interest rate of 1 percent.",
            "The loan is the largest Japan has made to a West African state, and it comes on top of $150 million of "
            "credit from the World Bank for a rail link to the port.",
            "A consortium led by Ostrava Works won the tender in January against bids from Italian and Korean firms.",
            "The cranes will be assembled at a yard near Tema, a step toward the transfer of technology Accra has "
            "sought for years.",
            "Ghana's cocoa and gold exports leave mostly through Takoradi, and shipping lines have complained for "
            "years of waiting times of up to a week.",
        ],
    )
    assert "trade" in labels[2] and "trade" in labels[3]


def test_a_tender_with_no_exchange_around_it_is_no_trade(themes, nlp):
    labels = article(
        themes,
        nlp,
        "Town picks builder for new library",
        [
            "The town council of Millbrook chose a builder for its new library on Tuesday after a year of delays.",
            "Harlow Construction won the tender against two local firms and will start work in May.",
        ],
    )
    assert "trade" not in labels[1]
