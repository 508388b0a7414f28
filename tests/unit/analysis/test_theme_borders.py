"""Themes of the mends after the seventy-first probe batch (borders, maps and territory between states): the members of
a trade union are no trade, a fight that people hire a lawyer or go to court for is no war (a town's annexation of
farmland stays local news, while a state's annexation fought over stays war), and the economic union of post-Soviet
states is a body of states that carries diplomacy. Fictional texts on the real spaCy pipeline with the shipped themes
file."""

from __future__ import annotations

from tests.theming import article

STREETS = [
    "The city council of Marrowby approved a new map of the old town on Tuesday.",
    "Twelve streets in the old town will be renamed next spring after nurses, teachers and trade unionists of the "
    "1920s.",
]


def test_trade_unionists_are_no_trade(nlp, themes):
    renamed = article(themes, nlp, "Marrowby renames twelve streets", STREETS)[1]
    assert "trade" not in renamed, renamed


ANNEXED = [
    "Pellworth's town board approved a new budget on Wednesday that raises spending on roads and the library.",
    "The board also voted to annex 300 acres of orchards north of the river, the town's first growth in 20 years.",
    "Three growers whose land lies in the area say they were never consulted and have hired a lawyer to fight the "
    "annexation.",
]


def test_a_lawyer_hired_to_fight_an_annexation_is_no_war(nlp, themes):
    _, annexed, fought = article(themes, nlp, "Pellworth board passes budget", ANNEXED)
    assert "military" not in annexed, annexed
    assert "military" not in fought, fought


SEIZED = [
    "Russian forces shelled the outskirts of Kherson overnight, Ukrainian officials said.",
    "Ukraine has vowed to fight the annexation of its southern regions until its troops retake them.",
]


def test_a_states_annexation_fought_over_stays_war(nlp, themes):
    fought = article(themes, nlp, "Shelling hits Kherson outskirts", SEIZED)[1]
    assert "military" in fought, fought


UNION = [
    "Armenia will raise its complaint over Kazakh grain duties at the next session of the Eurasian Economic Union's "
    "governing council in Minsk, its economy minister said.",
]


def test_the_eurasian_economic_union_is_a_body_of_states(nlp, themes):
    (raised,) = article(themes, nlp, "Armenia to raise grain duty complaint", UNION)
    assert "diplomacy" in raised, raised
