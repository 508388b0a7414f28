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
