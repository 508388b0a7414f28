"""Themes of the mends after the sixty-fifth probe batch (climate diplomacy, carbon trade and climate security): the
negotiation of the climate between states (the UN's talks, the Paris treaty, the money and the loss fund bargained
over) as words of diplomacy, while a climate protest at home stays without a theme. Fictional texts on the real spaCy
pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_leaving_the_paris_treaty_and_a_loss_fund_are_diplomacy_a_climate_march_is_not(nlp, themes):
    leaving, fund, march = article(
        themes,
        nlp,
        "New government reviews climate pledges",
        [
            "The new chancellor said her government would stay in the Paris agreement but review its promises.",
            "A fund for loss and damage has so far received less than a tenth of the money that was promised.",
            "About 3,000 people marched through Weston on Saturday to demand a climate plan for the city.",
        ],
    )
    assert "diplomacy" in leaving, leaving
    assert "diplomacy" in fund, fund
    assert march == [], march


def test_the_fuels_a_climate_summit_phases_out_are_no_trade_a_gas_sale_still_is(nlp, themes):
    deal, holdouts = article(
        themes,
        nlp,
        "Climate summit agrees fossil fuel transition as oil states hold out",
        [
            "Delegates at the UN climate summit in Corvena agreed on Thursday to a transition away from fossil fuels "
            "after a night of bargaining.",
            "The deal asks governments to stop methane leaking from oil and gas wells, a call that a group of Gulf "
            "delegations fought until dawn.",
        ],
    )
    (sale,) = article(
        themes, nlp, "Qatar sells gas to Italy", ["Qatar signed a 20-year deal to sell liquefied natural gas to Italy."]
    )
    assert "trade" not in deal, deal
    assert "trade" not in holdouts, holdouts
    assert "diplomacy" in deal, deal
    assert "trade" in sale, sale


def test_a_states_soviet_era_bases_name_no_other_state(nlp, themes):
    (bases,) = article(
        themes,
        nlp,
        "Moscow builds up its Arctic coast",
        ["Russia has reopened Soviet-era airfields along its Arctic coast and based fighter jets at each of them."],
    )
    assert "diplomacy" not in bases, bases
    assert "military" in bases, bases
