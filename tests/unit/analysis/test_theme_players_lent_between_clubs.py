"""A club's talks over a player lent by another club, told by his place on the pitch or by the window for signing
players ("in talks with a French club over a loan for a centre-back", "a loan deal before the transfer window
closes"), are sport, not trade; a state's talks with a lender over a loan stay trade. Fictional texts on the real spaCy
pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article


@pytest.mark.parametrize(
    "lent",
    [
        "The transfer window closes on Friday, and Ashby are also in talks with a French club over a loan for a "
        "centre-back.",
        "Ashby are in talks with a Spanish club over a season-long loan for their full-back, the manager said.",
        "Ashby hope to complete talks over a loan before the transfer deadline on Thursday.",
    ],
)
def test_a_player_lent_between_clubs_is_no_trade(nlp, themes, lent):
    told = article(themes, nlp, "Ashby close in on signing", [lent])[0]
    assert "trade" not in told, told


def test_a_states_talks_over_a_loan_stay_trade(nlp, themes):
    told = article(themes, nlp, "Kenya seeks loan", ["Kenya is in talks with the IMF over a loan of $1 billion."])[0]
    assert "trade" in told, told
