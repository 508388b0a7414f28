"""Whether a paragraph tells of goods that go to a state told as the one supplied or sold to, in the two ways
`markets` leaves out: a verb of supplying whose object is the state and whose "with" names the goods, by a commodity
or by a measure of goods ("Israel supplies Jordan with 50 million cubic metres a year", "Russia supplied China with
gas"), and sales or shipments told by their noun with the state they go to ("what the firm earns from its sales to
Singapore", "shipments to India fell"). Either is a market abroad, as goods sold to a state are. Arms supplied or sold
to a state are the military theme's, and aid or help supplied to one is no sale ("supplied Ukraine with shells",
"shipments of aid to Gaza", "supplied the rebels with intelligence"); goods supplied to people at home name no
state. Read from the parse and the entities."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import lemma_places, words_of
from dashboard.analysis.themes.markets import ARMS, state_named

#: The verb of supplying a state with goods, and the nouns of goods sold or shipped to a state.
SUPPLYING = frozenset(["supply"])
SALES = frozenset(["sale", "sales", "shipment", "shipments"])
#: Goods a state is supplied with, by name: energy, water, food and raw materials.
COMMODITIES = frozenset(
    [
        "gas", "oil", "crude", "lng", "fuel", "diesel", "petrol", "coal", "electricity", "power", "water", "grain",
        "wheat", "maize", "corn", "rice", "sugar", "fertiliser", "fertilizer", "uranium", "ore", "iron", "steel",
        "copper", "timber",
    ]
)  # fmt: skip
#: Measures of goods, which tell goods where the commodity is left to the story ("with 50 million cubic metres").
MEASURES = frozenset(
    ["metre", "meter", "barrel", "tonne", "ton", "gallon", "litre", "liter", "megawatt", "gigawatt", "kilowatt", "bcm"]
)
#: What is handed to a state as help, not sold: aid, arms told by other words, and knowledge.
HELP = ARMS | frozenset(["aid", "relief", "help", "intelligence", "information", "training", "ammunition", "shell"])


def supplied_state(doc: Doc | Span) -> str:
    """Goods supplied or sold to a state, as "supply Jordan with metre" or "sale to Singapore", or ""."""
    words = words_of(doc)
    if words.isdisjoint(SUPPLYING) and words.isdisjoint(SALES):
        return ""  # most paragraphs: no word of supplying or sales
    for i in lemma_places(doc, SUPPLYING | SALES):
        token = doc[i]
        if token.pos_ == "VERB" and (found := _supplied_with(token)):
            return found
        if token.pos_ == "NOUN" and token.lemma_.lower() in SALES and (found := _sold_to(token)):
            return found
    return ""


def _supplied_with(verb: Token) -> str:
    """The state a verb of supplying has for its object and the goods its "with" names ("supplies Jordan with
    water"), as "supply Jordan with water", or ""."""
    states = [state_named(c) for c in verb.children if c.dep_ == "dobj"]
    state = next(filter(None, states), "")
    if not state:
        return ""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for goods in prep.children:
            lemmas = {t.lemma_.lower() for t in goods.subtree}
            if goods.dep_ == "pobj" and lemmas.isdisjoint(HELP) and (found := lemmas & (COMMODITIES | MEASURES)):
                return f"supply {state} with {min(found)}"
    return ""


def _sold_to(noun: Token) -> str:
    """The state a noun of sales or shipments names after its "to" ("its sales to Singapore"), as "sale to
    Singapore", or "": not of arms or aid ("arms sales to Taiwan", "shipments of aid to Gaza")."""
    if any(t.lemma_.lower() in HELP for t in noun.subtree):
        return ""
    # the parser may hang "to" on the preposition whose object the noun is ("earns from its sales to Singapore")
    after = [p for p in noun.head.children if p.i > noun.i] if noun.dep_ == "pobj" else []
    for prep in [*noun.children, *after]:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            state = next(filter(None, (state_named(o) for o in prep.children if o.dep_ == "pobj")), "")
            if state:
                return f"{noun.lemma_.lower()} to {state}"
    return ""
