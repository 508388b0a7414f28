"""Themes of the mends after the seventieth probe batch (sport and culture between states): the sports pages' and the
arts pages' look-alikes of war and diplomacy are no theme (a title race told as a battle, a club's defence bought at
the transfer deadline, a side's siege of a goal, a chess player's attack in a war of nerves, a museum's exhibition of
old treaties), while a real siege stays war; and two neighbours named only as the pair whose commerce a figure counts
give that paragraph no diplomacy; a state courting allies is diplomacy beside its trade. Fictional texts on the real
spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

RACE = [
    "Brackenford Town went top of the league on Saturday with a 2-0 win at Lowmere, their fifth in a row.",
    '"The battle for the title will not be settled until May," manager Colin Ashdown said. "We must keep our attack '
    'honest and stop giving goals away from set pieces."',
    "Brackenford signed full-back Jordan Pike before the transfer deadline to shore up a defence that has let in 30 "
    "goals this season.",
]


def test_a_title_race_and_a_clubs_defence_are_sport(nlp, themes):
    _, race, signed = article(themes, nlp, "Brackenford go top", RACE)
    assert "military" not in race, race
    assert "military" not in signed, signed


SIEGE = [
    "Calder United drew 1-1 with Northby on Sunday to stay in the promotion places.",
    "After the break their defence held as Northby laid siege to the Calder goal, with 17 shots on the pitch's "
    "muddy second half and two that hit the post.",
]


def test_a_siege_of_a_goal_is_sport(nlp, themes):
    held = article(themes, nlp, "Calder hold on at Northby", SIEGE)[1]
    assert "military" not in held, held


CITY = [
    "Rebel fighters have surrounded the provincial capital, cutting the last road out, residents said.",
    "The siege of the city entered its third week on Monday, with the army shelling the outskirts and food running "
    "out.",
]


def test_a_siege_of_a_city_stays_war(nlp, themes):
    held = article(themes, nlp, "Rebels tighten siege of provincial capital", CITY)[1]
    assert "military" in held, held


CHESS = [
    "Marlow Chess Club beat Eastwick 5-3 on Tuesday to reach the county final.",
    "Twelve-year-old Nina Falk won the deciding game with a bold attack on the king's side after a long battle, in "
    "what she called a war of nerves.",
]


def test_a_chess_attack_is_no_war(nlp, themes):
    won = article(themes, nlp, "Marlow into chess final", CHESS)[1]
    assert "military" not in won, won


MUSEUM = [
    "The Halbury town museum reopens on Saturday after a year of repairs to its roof.",
    'Its first show, "Wax and Ribbon", is an exhibition on the treaties signed at Halbury Castle in the 1500s, among '
    "them a peace treaty between two rival barons.",
]


def test_an_exhibition_of_old_treaties_is_no_diplomacy(nlp, themes):
    shown = article(themes, nlp, "Town museum reopens", MUSEUM)[1]
    assert "diplomacy" not in shown, shown


RIFT = [
    "Armenia and Azerbaijan traded accusations on Monday after talks on their border broke down in Vienna, each "
    "blaming the other's envoys for the failure.",
    "Trade between the two neighbours is tiny, under $20 million a year, and most of it passes through Georgia.",
]


def test_two_neighbours_counted_by_their_trade_are_no_relations(nlp, themes):
    counted = article(themes, nlp, "Armenia-Azerbaijan talks break down", RIFT)[1]
    assert "trade" in counted, counted
    assert "diplomacy" not in counted, counted


HOSTS = [
    "Eleven heads of state flew to Doha for the opening of the Asian Games on Friday.",
    "Analysts said the games gave Qatar a stage to draw foreign investment into its new industries and to court allies "
    "beyond Washington.",
]


def test_a_state_courting_allies_is_diplomacy_beside_its_trade(nlp, themes):
    courted = article(themes, nlp, "Doha opens Asian Games", HOSTS)[1]
    assert "trade" in courted, courted
    assert "diplomacy" in courted, courted
