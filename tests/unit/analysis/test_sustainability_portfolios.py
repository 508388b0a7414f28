"""A minister's portfolio of sustainability or environmental words ends before the holder's name, so that neither the
name nor a later "Mr X" carries the portfolio (the PORTFOLIOS lexicon of lexicon.py)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_an_environmental_sustainability_portfolio_ends_before_the_name(nlp):
    rows = said_by(
        nlp,
        "In Kota Seri, Minister of Natural Resources and Environmental Sustainability Hafiz Rahim Kamal said the "
        f"ministry would send a note to Bandar Lumut. {L}We will raise this at the regional level,{R} Mr Hafiz said.",
    )
    assert [speaker for speaker, _ in rows] == ["Hafiz Rahim Kamal", "Hafiz Rahim Kamal"]
