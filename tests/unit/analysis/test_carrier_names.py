"""A carrier's name ending in a word of the trade ("Wireless", "Broadband"), which the recogniser may take for a
person's, is an organisation's: "Its chief technology officer" after it is that carrier's (fictional text)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize("carrier", ["Brightwave Wireless", "Tamsin Broadband", "Halloran Cellular"])
def test_its_officer_after_a_carrier_named_by_its_trade_is_the_carrier_s(nlp, carrier):
    profiles = profiles_of(
        nlp,
        f"{carrier} won the largest share of licences.",
        "Its chief technology officer, Sunil Varadarajan, said the company would switch on the airwaves in 40 cities.",
    )
    assert profiles == [("Sunil Varadarajan", "other", carrier)]
