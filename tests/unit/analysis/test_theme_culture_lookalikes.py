"""Themes of the mends after the fifty-ninth probe batch (culture and heritage in world affairs): the arts pages'
look-alikes of war and diplomacy (a war memorial, a war film, a museum's ambassadors programme) and a museum's loan of
its works are no theme. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

MEMORIALS = [
    "Russia accused Latvia on Tuesday of erasing the memory of the Soviet soldiers who died fighting in the war, a "
    "week after the two states expelled each other's diplomats.",
    "Officials in Riga said Russia's war in Ukraine had turned old Soviet monuments into a question of security.",
    "Crews took down two Soviet war memorials in the port of Ventspils overnight, the city council said.",
]


def test_a_war_memorial_taken_down_is_no_war(nlp, themes):
    taken_down = article(themes, nlp, "Latvia removes Soviet monuments", MEMORIALS)[2]
    assert "military" not in taken_down, taken_down


FESTIVAL = [
    "The Harlow film festival said it would show no film paid for by a state whose troops are shelling the cities of "
    "a neighbour.",
    "The festival opens on Friday with a war film about two brothers in 1916, starring Ana Rees.",
]


def test_a_war_film_is_no_war(nlp, themes):
    opening = article(themes, nlp, "Harlow festival bars state-funded films", FESTIVAL)[1]
    assert "military" not in opening, opening


TOURS = [
    "The Castle Museum in Arden will lend two Roman helmets to Rome under a cultural accord signed on Monday by the "
    "foreign ministers of Britain and Italy during a state visit.",
    "A new ambassadors programme will train 30 teenagers from the city's estates to lead tours and speak for the "
    "museum in schools.",
]


def test_a_museums_ambassadors_programme_is_no_diplomacy(nlp, themes):
    trained = article(themes, nlp, "Castle Museum reaches out", TOURS)[1]
    assert "diplomacy" not in trained, trained


LOAN = [
    "ATHENS, May 4 (Wirenews) - Greece's culture ministry said on Monday it had cancelled the loan of 12 marble "
    "statues to a museum in Oslo, a week after Norway's parliament hosted a delegation from a rival state.",
    "The museum said the halls would show its own collection of Viking silver instead.",
]


def test_a_museums_loan_of_statues_is_no_trade(nlp, themes):
    cancelled = article(themes, nlp, "Greece cancels statue loan to Oslo", LOAN)[0]
    assert "trade" not in cancelled, cancelled


CREDIT = [
    "The World Bank approved a loan of $300 million to Ghana on Friday to shore up its currency reserves.",
    "Officials in Accra said the loan of two billion cedis from local banks would be repaid in three years.",
    "Ghana's finance ministry said it would cap the interest on loan repayments to the bank at 4 percent.",
]


def test_a_loan_of_money_stays_trade(nlp, themes):
    lent, borrowed, capped = article(themes, nlp, "World Bank lends Ghana $300 million", CREDIT)
    assert "trade" in lent, lent
    assert "trade" in borrowed, borrowed
    assert "trade" in capped, capped
