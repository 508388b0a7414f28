"""Themes of the later mends after the sixtieth probe batch (arms control, nuclear programmes and non-proliferation):
uranium is an ore that mines sell to utilities abroad, a weak word of trade as the other metals are (the uranium a
state enriches, its programme, and a uranium mine, a place, are left out); a pact told by what it bans or caps ("a
treaty banning ground-launched cruise missiles") and named again by its noun goes on with its weapons, though not the
body or money of it ("The treaty's secretariat"); goods sold "to countries" are sold to a market abroad; a state's
answer in quotation marks ('Iran would "respond proportionately"') is a state speaking as it is without them.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

ORE = [
    "Kazakhstan's state miner said on Tuesday its exports to China rose by a fifth in the first half, as utilities "
    "there signed new long-term supply contracts.",
    "Uranium prices have roughly doubled since 2021 as reactors are built across Asia.",
]


def test_uranium_prices_in_a_story_of_exports_are_trade(nlp, themes):
    _, prices = article(themes, nlp, "Kazakh miner lifts output", ORE)
    assert "trade" in prices, prices


TREATY = [
    "Envoys from 40 states met in Geneva on Tuesday to revive a treaty banning ground-launched cruise missiles, which "
    "lapsed five years ago.",
    "The treaty was ratified by 31 parliaments, but the largest holders never joined it.",
    "The treaty's secretariat employs 60 people and is paid for by member states.",
]


def test_a_pact_told_by_what_it_bans_named_again_goes_on_with_its_weapons_but_not_its_secretariat(nlp, themes):
    _, ratified, secretariat = article(themes, nlp, "Envoys seek to revive missile pact", TREATY)
    assert "military" in ratified, ratified
    assert "military" not in secretariat, secretariat


ORE_RULES = [
    "Ardenia's cobalt exports rose by a third last year, the mines ministry said on Monday.",
    "The state sells the ore only to countries that have signed its code on child labour in mines.",
]


def test_goods_sold_to_countries_are_sold_abroad(nlp, themes):
    _, rules = article(themes, nlp, "Ardenia's mines ministry reports a good year", ORE_RULES)
    assert "trade" in rules, rules


EXPELLED = [
    "Norway expelled two Russian diplomats on Monday, accusing them of spying on its navy.",
    'Marta Ilves, a spokeswoman, said Russia would "respond in kind" within days.',
]


def test_a_state_that_answers_in_quotation_marks_answers_as_one_without_them(nlp, themes):
    _, answer = article(themes, nlp, "Norway expels two Russian diplomats", EXPELLED)
    assert "diplomacy" in answer, answer
