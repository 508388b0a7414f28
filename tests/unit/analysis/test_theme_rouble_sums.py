"""Themes of a sum told in roubles ("a captain was fined 500,000 roubles"), a pattern the eighty-second blind batch got
wrong (a court's fine on a seized boat's captain took trade): as a sum in pesos or riyals, the rouble there is the unit
of a fine, a wage or a budget at home, not a currency whose value against others is traded (see themes/amounts.py); and
the near-misses that keep their trade (the rouble's fall against the dollar, a sum of export earnings). Fictional texts
on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article


@pytest.mark.parametrize(
    "text",
    [
        "A court in the port town is expected to hear the captain's case next week. In a similar case in 2021, a "
        "captain was fined 500,000 roubles and his crew sent home after five weeks.",
        "The skipper was fined 300,000 roubles on Thursday and ordered to pay 1.2 million rubles for the fish.",
        "The city council raised the monthly pay of its harbour pilots to 68,000 rubles from January, the mayor said.",
    ],
)
def test_a_sum_in_roubles_at_home_is_no_trade(themes, nlp, text):
    lead = (
        "Moscow suspended the fishing agreement last year, citing sanctions on its banks and a ban on its seafood "
        "exports."
    )
    found = article(themes, nlp, "Boat held off islands", [lead, text])
    assert "trade" not in found[1], found


@pytest.mark.parametrize(
    "text",
    [
        "The rouble fell past 100 to the dollar on Monday, its weakest in a year, as oil prices slid.",
        "Export earnings from grain reached 900 billion roubles last year as shipments to Egypt and Turkey grew.",
    ],
)
def test_the_roubles_value_or_exports_keep_their_trade(themes, nlp, text):
    found = article(themes, nlp, "Markets", [text])
    assert "trade" in found[0], found
