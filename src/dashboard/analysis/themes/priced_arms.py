"""Arms bought for a price: a paragraph that carries war, tells arms sold, bought or ordered ("approved a $4.2 billion
sale of fighter jets to Qatar", "Denmark has ordered three frigates in a deal worth 2.6 billion pounds") with a sum of
money and names a state is an exchange of goods between states as much as a matter of arms, so it takes the theme of
trade too. Arms that change hands with no price ("bought most of its weapons from Russia") tell where a state's arms
come from and are left to the theme of war; a sale that names no state ("the army ordered rifles for $2 million") is
a purchase at home. A contract to supply arms is their price too ("won a contract to supply 120 armoured vehicles",
see `arms_contracts`). Explained as "arms for money: $4.2 billion" or "arms for money: contract to supply". Read from
lemmas and entities: no parser."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import words_of
from dashboard.analysis.themes.arms_contracts import arms_contract
from dashboard.analysis.themes.domestic import state_count
from dashboard.analysis.themes.markets import ARMS as MARKET_ARMS
from dashboard.analysis.themes.names import party_names

#: Lemmas of arms that are sold between states whole: the goods `markets` knows as arms (but "arm", also the lemma of
#: "armed"), the warplanes and warships an order names, and armoured vehicles.
ARMS = (MARKET_ARMS - {"arm"}) | frozenset(
    ["warplane", "fighter", "bomber", "frigate", "warship", "submarine", "corvette", "destroyer", "armoured", "armored"]
)
#: Words (forms and lemmas) by which arms change hands for a price.
SALES = frozenset(["sale", "sell", "sold", "buy", "bought", "purchase", "order", "ordered"])
#: Currencies by name (lemmas), for sums written without a sign ("2.6 billion pounds").
CURRENCIES = frozenset(
    ["dollar", "pound", "euro", "yen", "yuan", "won", "rupee", "rouble", "ruble", "franc", "krone", "krona", "lira",
     "dinar", "riyal", "dirham", "shekel", "real", "peso", "rand", "zloty"]
)  # fmt: skip
#: The themes of war and of trade, and the parties that name a state.
WAR, TRADE = "military", "trade"
STATES = frozenset(["GPE"])


def arms_priced(themes: Sequence, docs: Sequence[Doc], scores: list[list]) -> list[list]:
    """The article's scores with each paragraph that carries war and tells arms sold for a sum of money, naming a
    state, labelled with the theme of trade, unless a cue speaks against trade there (a score below zero)."""
    names = [t.name for t in themes]
    if WAR not in names or TRADE not in names:
        return scores
    war, trade = names.index(WAR), names.index(TRADE)
    for p, doc in enumerate(docs):
        verdict = scores[p][trade]
        if verdict.label or verdict.score < 0 or not scores[p][war].label:
            continue
        words = words_of(doc)
        if not ARMS & words:
            continue
        contract = arms_contract(doc) if "contract" in words else ""  # the contract's verb is its sale
        if not contract and not SALES & words:
            continue
        price = next((ent.text for ent in doc.ents if ent.label_ == "MONEY" and _currency(ent)), "") or contract
        if not price or state_count(party_names(doc, STATES, [])) < 1:
            continue
        score = max(verdict.score, themes[trade].threshold)
        scores[p][trade] = replace(verdict, score=score, label=True, context=f"arms for money: {price}")
    return scores


def _currency(ent: Span) -> bool:
    """Whether a sum of money is one, by its sign ("$4.2 billion") or its currency ("2.6 billion pounds"): the tagger
    also calls a share ("3.5 per cent") money."""
    return any(t.tag_ == "$" or t.lemma_.lower() in CURRENCIES for t in ent)
