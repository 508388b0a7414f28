"""Themes of the twenty-seventh probe batch's mends: the ceremony of a state visit (a guard of honour, a salute of
guns, a state banquet) is diplomacy, a firm's brand ambassador is none; a treaty that protects investors abroad, the
arbitration it opens and the fee for goods carried across a state are trade, and so is a firm of one state that owns a
mine or a terminal in another, or its investors there. A capital that calls another state's deed a provocation answers
it; gas used as a weapon is a figure of speech.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes import labels
from tests.theming import article


def test_the_ceremony_of_a_state_visit_is_diplomacy(themes, nlp):
    welcomed = "The king was welcomed at the palace with a guard of honour and a 21-gun salute."
    assert "diplomacy" in labels(themes.score(nlp(welcomed)))
    visit = [
        "The king of Norland arrived in Lisbon on Tuesday for a three-day state visit, the first in 20 years.",
        "He held talks with the Portuguese president on trade and on the fishing rights of both countries.",
        "A state banquet was held in the evening for 200 guests.",
    ]
    assert "diplomacy" in article(themes, nlp, "King Begins State Visit", visit)[2]


def test_a_brand_ambassador_is_no_envoy(themes, nlp):
    named = [
        "Golfer Ines Morales has been named a global brand ambassador for the Swiss watchmaker Tellberg, the firm "
        "said on Monday.",
        "She will wear its new diving watch on the course and appear in its advertising in Japan.",
    ]
    found = article(themes, nlp, "Golfer Named Brand Ambassador For Watchmaker", named)
    assert all("diplomacy" not in verdict for verdict in found), found
    # an envoy stays one
    envoy = themes.score(nlp("The golfer Ines Morales was named ambassador to Chile on Monday."))[2]
    assert "ambassador" in envoy.terms, envoy


def test_investment_treaties_their_arbitration_and_transit_fees_are_trade(themes, nlp):
    claim = "The firm said it would seek compensation through international arbitration under an investment treaty."
    assert "trade" in labels(themes.score(nlp(claim)))
    assert "trade" in labels(themes.score(nlp("Moravia wants the transit fee raised by a third from January.")))


def test_a_firm_of_one_state_that_owns_a_mine_in_another_is_investment_abroad(themes, nlp):
    seized = themes.score(nlp("Ghana took over the gold mine near Obuasi from its Australian owner on Monday."))[0]
    assert any(term.startswith("venture: Australian owner mine") for term in seized.terms), seized
    investors = themes.score(nlp("Ottawa said the rights of Canadian investors in Zambia must be respected."))[0]
    assert any(term.startswith("venture: Canadian investor") for term in investors.terms), investors
    # a mine of no foreign firm is none
    home = themes.score(nlp("Ghana took over the gold mine near Obuasi from its owner on Monday."))[0]
    assert not any(term.startswith("venture") for term in home.terms), home


def test_a_capital_that_calls_another_states_deed_wrong_answers_it(themes, nlp):
    called = themes.score(nlp("Washington said the patrol was routine. Beijing called it a provocation."))[2]
    said = themes.score(nlp("Washington said the patrol was routine. Beijing said it had watched it."))[2]
    # the whole acting weight, as a stand ("Beijing protested") has, against half for a capital that only speaks
    assert called.score - said.score == 1.0, (called, said)


def test_gas_used_as_a_weapon_is_a_figure_and_hunger_is_not(themes, nlp):
    gas = "The prime minister accused the supplier's government of using its gas exports as a weapon."
    assert "military" not in labels(themes.score(nlp(gas)))
    hunger = "The report accused the militia of using hunger as a weapon against the besieged town."
    assert "military" in labels(themes.score(nlp(hunger)))
