"""Migration deals, deportations and visas between states and their look-alikes (the seventy-fourth probe batch's
mends, both in the themes file): the money migrants send home told in words, as "remittance" is, and the app or
platform of a bank's customers as no banking between states or markets. Fictional texts on the real spaCy pipeline with
the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article


@pytest.mark.parametrize(
    "text",
    [
        "In Tonga, money sent home by relatives working in New Zealand is worth a third of the economy.",
        "Nepali workers in Qatar sent money home worth nearly a quarter of Nepal's economy last year.",
    ],
)
def test_money_sent_home_is_trade(themes, nlp, text):
    (found,) = article(themes, nlp, "Tonga's pacific workers", [text])
    assert "trade" in found


@pytest.mark.parametrize(
    "text",
    [
        "Brannock Savings moved its 60,000 members to a new mobile banking service over the weekend, with online "
        "banking closed for two days.",
        "Oakfield Bank said it had moved half a million customers to its new banking platform, a year late.",
    ],
)
def test_a_banks_app_for_its_customers_is_no_trade(themes, nlp, text):
    (found,) = article(themes, nlp, "Savings society switches systems", [text])
    assert "trade" not in found


def test_the_central_banks_dollar_sales_are_still_trade(themes, nlp):
    (found,) = article(
        themes,
        nlp,
        "Lira slides",
        ["The central bank sold dollars from its reserves to hold up the lira, bankers in Istanbul said."],
    )
    assert "trade" in found
