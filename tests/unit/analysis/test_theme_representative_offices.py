"""Themes of the office a state keeps where it has no embassy, named for trade, the economy or culture ("Indonesia's
trade and economic office in Taipei"), a pattern the eighty-second blind batch got wrong (such an office asking a
fishing company to send its crews home took trade): the office stands in for an embassy, so its name is no exchange
between states or markets; and the near-misses that keep trade by their own words (the office on exports and on a
factory's investment). Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia's trade and economic office in Taipei, which acts as its embassy, said it had asked the shipyard to "
        "let any of its 40 Indonesian welders who wished to go home do so at the yard's cost.",
        "The Philippine economic and cultural office said two of its staff had visited the injured workers in hospital "
        "and would help their families travel to see them.",
        "A spokeswoman for the Vietnamese economic and trade office said it was helping the students renew their "
        "visas.",
    ],
)
def test_an_office_that_stands_in_for_an_embassy_is_no_trade(themes, nlp, text):
    found = article(themes, nlp, "Workers hurt in warehouse fire", [text])
    assert "trade" not in found[0], found


@pytest.mark.parametrize(
    "text",
    [
        "Exports of machine tools to Indonesia rose by a fifth last year, the trade and economic office said, and "
        "tariffs on steel parts fall to zero in January.",
        "The economic and cultural office said a Taiwanese chipmaker would invest $2 billion in a new factory outside "
        "Phoenix.",
    ],
)
def test_an_office_on_exports_or_investment_keeps_its_trade(themes, nlp, text):
    found = article(themes, nlp, "Trade ties grow", [text])
    assert "trade" in found[0], found
