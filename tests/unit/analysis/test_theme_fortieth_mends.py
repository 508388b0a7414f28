"""Themes of the mends after the fortieth probe batch (the Americas seen from the US border and the Latin American
English-language press): a price war between a town's grocers is no trade, and a border police's agents counting
migrants are no soldiers on patrol, nor is the border agency named as their source a customs post at work on goods;
and the trade between "the two countries" is no word of relations between them; a canal's surcharge on ships is trade;
a currency told by its value ("the weaker lira") is trade, not one that is the unit of a sum ("4.1 billion riyals");
the states of Mexico, like those of the United States, are no parties to foreign relations.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes.amounts import sums
from tests.theming import article

GROCERS = [
    "YUMA, Arizona - A price war between the town's two biggest grocery chains, Sunbelt Market and Ortega Family "
    "Foods, has pushed the price of a dozen eggs below $2 and a gallon of milk to $2.49.",
    '"Our shoppers are the winners," said Sunbelt Market\'s district manager, Lorna Pettibone, who said the chain '
    "would match any price in the market.",
    "Smaller stores said they could not keep up with the two chains.",
]


def test_a_price_war_between_grocers_is_no_trade(nlp, themes):
    scored = article(themes, nlp, "Grocers Cut Prices Again In Yuma", GROCERS)
    assert all("trade" not in paragraph for paragraph in scored), scored


AGENTS = [
    "NOGALES, Arizona - Fewer migrants were caught crossing into Arizona in March, even as northbound truck traffic "
    "through the Mariposa port of entry hit a record, federal figures show.",
    "Border Patrol agents in the Tucson sector made 18,400 apprehensions in March, down from 25,900 in February, "
    "according to U.S. Customs and Border Protection.",
    "The governor has kept 300 National Guard soldiers at the border to help watch for crossings.",
]


def test_border_patrol_agents_counting_migrants_are_no_troops(nlp, themes):
    counted = article(themes, nlp, "Migrant Arrests Fall Again Near Nogales", AGENTS)[1]
    assert "military" not in counted, counted


def test_the_border_agency_named_as_a_source_is_no_word_of_customs(nlp, themes):
    text = (
        "Migrant arrests in the Laredo sector fell to 4,100 in May, the lowest in four years, according to U.S. "
        "Customs and Border Protection."
    )
    trade = next(score for score in themes.score(nlp(text)) if score.theme == "trade")
    assert "customs" not in trade.terms, trade


SALMON = [
    "OSLO - Trade ministers from Norway and Chile opened talks in Oslo on Monday on a pact to cut duties on fish feed, "
    "salmon eggs and farming equipment.",
    "Trade between the two countries reached $2.3 billion last year, most of it Chilean copper and Norwegian "
    "machinery, according to Statistics Norway.",
    "The talks continue in Santiago in June.",
]


def test_the_trade_between_two_countries_is_no_relation_between_them(nlp, themes):
    volume = article(themes, nlp, "Norway And Chile Open Talks On Salmon Feed Pact", SALMON)[1]
    assert volume == ["trade"], volume


CANAL = [
    "CORINTH - The canal company will cut the number of daily transits to 12 from 20 and raise the surcharge it "
    "charges ships for water from May, as a dry winter leaves its reservoir low.",
    "Shipping lines said the cuts would add days to voyages between Asia and the Adriatic.",
    "The canal carries about 2 per cent of the region's seaborne trade.",
]


def test_a_canals_surcharge_on_ships_is_trade(nlp, themes):
    lead = article(themes, nlp, "Canal Limits Transits As Reservoir Falls", CANAL)[0]
    assert "trade" in lead, lead


REMITTANCES = [
    "ANKARA - Turks working in Germany and the Netherlands sent home a record $1.9 billion in remittances in the "
    "second quarter, the central bank said.",
    "Economist Selin Aksoy said the weaker lira had been a windfall for families in the villages of central Anatolia, "
    "who use the money for seed, school books and weddings.",
    "Remittances are now the country's third source of hard currency after tourism and car exports.",
]


def test_a_currency_told_by_its_value_is_trade(nlp, themes):
    windfall = article(themes, nlp, "Migrants' Transfers Climb As Lira Slides", REMITTANCES)[1]
    assert "trade" in windfall, windfall


def test_a_currency_told_as_the_unit_of_a_sum_counts_nothing(nlp):
    doc = nlp("The emirate expects a budget deficit of 4.1 billion riyals, and wages of 900 dinars a month.")
    assert [doc[start:end].text for start, end in sums(doc)] == ["riyals", "dinars"]


def test_the_states_of_mexico_are_no_parties_to_foreign_relations(nlp, themes):
    text = (
        "Nearly all of the transfers came from the United States. Oaxaca, Chiapas and Veracruz were the states that "
        "received the most, and Puebla came fourth."
    )
    diplomacy = next(score for score in themes.score(nlp(text)) if score.theme == "diplomacy")
    assert not any("Oaxaca" in term or "Chiapas" in term for term in diplomacy.terms), diplomacy
