"""Themes of the twenty-fifth probe batch's mends: an article that names no state, people, place or organisation
anywhere tells of no relations between states, whatever words of diplomacy it uses figuratively (an advice column's
"a little diplomacy", "summit"); the same words in a story that names states keep the theme. A firm that carries its
state in its name ("Korea Shipbuilding Group") at work in another state is investment abroad, not at home. Attacks on
shipping are armed, attacks on a rival political; merchant ships are trade's. Fictional texts on the real spaCy
pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes import labels
from tests.theming import article

COLUMN = [
    "My sister and her husband have not spoken since the wedding, and now both want to host the family dinner.",
    "A little diplomacy goes a long way: call each of them before the holidays and suggest a neutral meeting place.",
    "Think of it as peace talks, not a summit of rivals; let each side claim a small victory.",
]
TALKS = [
    "Serbia and Kosovo agreed on Monday to resume talks on car number plates, the European Union said.",
    "A little diplomacy goes a long way: call each of them before the holidays and suggest a neutral meeting place.",
    "Think of it as peace talks, not a summit of rivals; let each side claim a small victory.",
]


def test_an_article_that_names_no_state_tells_of_no_relations_between_states(themes, nlp):
    found = article(themes, nlp, "Ask Ruth: Keeping The Peace At Christmas", COLUMN)
    assert all("diplomacy" not in labels for labels in found), found
    # the same words in a story of two states keep their theme
    assert "diplomacy" in article(themes, nlp, "Belgrade And Pristina Back At The Table", TALKS)[2]


def test_a_firm_that_carries_its_state_in_its_name_invests_abroad(themes, nlp):
    abroad = "Korea Shipbuilding Group won a contract on Tuesday to build four ferries for Chile."
    assert labels(themes.score(nlp(abroad))) == ["trade"]
    # at home it is none, nor is a state's own service that carries the name
    assert "trade" not in labels(themes.score(nlp("Turkish Steel Holdings will build a second mill in Turkey.")))
    assert "trade" not in labels(themes.score(nlp("Japan Coast Guard said it would build a new base in Japan.")))


SHIPPING = [
    "Two carriers said on Friday they would keep their merchant ships away from the Gulf of Aden for another month, "
    "as attacks on shipping there went on.",
    "The longer route adds a week to each voyage.",
]


def test_attacks_on_shipping_are_armed_and_merchant_ships_trade(themes, nlp):
    found = article(themes, nlp, "Carriers Keep Away From Gulf Of Aden", SHIPPING)
    assert "military" in found[0], found
    trade = themes.score(nlp(SHIPPING[0]))[0]
    assert "merchant ship" in trade.terms, trade
    assert "military" not in labels(themes.score(nlp("Attacks on the senator's record have dominated the race.")))
