"""Themes of the mends after the sixty-third probe batch (debt, aid and international finance): cooperation between the
industries that make two states' weapons ("defence industry cooperation") as defence cooperation, not a firm's
customers in the "defense industries"; a currency's rate told after a swap line between two central banks as the
market's figure, not a participant of the event that a visit or a swap carries on. Fictional texts on the real spaCy
pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_deals_on_defence_industry_cooperation_are_military(nlp, themes):
    lead, industry = article(
        themes,
        nlp,
        "Oman and Jordan sign deals during royal visit",
        [
            "MUSCAT, April 3 - Oman and Jordan signed six agreements on Monday during a two-day visit by the Jordanian "
            "king, the Omani news agency said.",
            "The two governments also agreed on defence industry cooperation and on the supply of fertiliser.",
        ],
    )
    assert "diplomacy" in lead, lead
    assert "military" in industry, industry


def test_a_currency_told_after_a_swap_line_between_central_banks_carries_no_diplomacy_of_the_swap(nlp, themes):
    lead, rupee = article(
        themes,
        nlp,
        "India and UAE central banks agree currency swap",
        [
            "MUMBAI, May 2 - The central banks of India and the United Arab Emirates signed a currency swap agreement "
            "on Monday during a visit by the Indian prime minister to Abu Dhabi, letting each borrow the other's "
            "currency against its own rupee or dirham.",
            "The rupee was little changed at 83.2 per dollar.",
        ],
    )
    assert "diplomacy" in lead, lead
    assert "trade" in rupee, rupee
    assert "diplomacy" not in rupee, rupee


def test_a_firms_customers_in_the_defense_industries_are_no_defence_cooperation(nlp, themes):
    (pumps,) = article(
        themes,
        nlp,
        "Valden Corp to buy pump maker",
        [
            "It makes seals for chemical plants and sensors it sells to the shipbuilding and defense industries, "
            "the company said.",
        ],
    )
    assert "military" not in pumps, pumps
