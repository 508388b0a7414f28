"""Themes of the mends after the sixty-third probe batch (debt, aid and international finance): cooperation between
the industries that make two states' weapons ("defence industry cooperation") as defence cooperation, not a firm's
customers in the "defense industries". Fictional texts on the real spaCy pipeline with the shipped themes file."""

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


def test_a_firms_customers_in_the_defense_industries_are_no_defence_cooperation(nlp, themes):
    (pumps,) = article(
        themes,
        nlp,
        "Valden Corp to buy pump maker",
        [
            "Its businesses include pumps and seals for the chemical industry and controls for the aerospace and "
            "defense industries, the company said.",
        ],
    )
    assert "military" not in pumps, pumps
