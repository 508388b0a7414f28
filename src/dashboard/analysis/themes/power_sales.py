"""Whether a paragraph tells of electricity sold, exported or bought across a border: a verb of selling or buying
whose object is electricity or power, told with a state it goes to or comes from ("sells power to Djibouti",
"exports electricity to Serbia", "buys power from India") or with "countries" ("sells electricity to neighbouring
countries"), or traded between states that the verb has for its doers ("could let the four countries trade
electricity", "Kenya and Ethiopia trade power across the border"). Such a sale is an energy deal between states, a
full word of trade, where goods sold to a state are only half of one (`markets`). The electricity may be the noun
that a relative clause or a participle sells ("the electricity it sells to Laos", "power sold to Thailand", "with most
of their power sold to Thailand"), and the state may be told as the owner of the buyer ("sells power to Thailand's
state utility"). Power sold at home ("sells electricity to farmers"), power as might ("sells its power to voters",
"military power"; parties that "trade power" between them at home) and prices at home name no state, and stay without
trade. Read from the parse."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import lemma_places, words_of
from dashboard.analysis.themes.markets import ABROAD, countries_abroad, state_named

#: Electricity by its lemmas ("power" only as the object of a verb of selling or buying, see `power_sold`).
ELECTRICITY = frozenset(["electricity", "power", "hydropower", "hydroelectricity"])
#: Verbs of electricity leaving for a state, told with "to" ("sells power to Kenya").
SENDING = frozenset(["sell", "export", "supply"])
#: Verbs of electricity coming from a state, told with "from" ("buys power from India").
TAKING = frozenset(["buy", "import", "purchase"])
#: Verbs of electricity passing both ways between the states that are their doers ("the two countries trade power").
EXCHANGING = frozenset(["trade", "exchange"])


def power_sold(doc: Doc | Span) -> str:
    """How electricity crosses a border, as "sell power to Djibouti", "buy power from India", or ""."""
    if words_of(doc).isdisjoint(ELECTRICITY):
        return ""  # most paragraphs: no word of electricity
    for i in lemma_places(doc, SENDING | TAKING | EXCHANGING):
        verb = doc[i]
        goods = _electricity(verb)
        lemma = verb.lemma_.lower()
        # "trade" after its doers may be tagged a noun ("let the two countries trade electricity"): its subject and
        # object say it is the verb
        if not goods or (verb.pos_ != "VERB" and lemma not in EXCHANGING):
            continue
        if lemma in EXCHANGING:
            if doers := _states_doing(verb):
                return f"{doers} {lemma} {goods}"
            continue
        state = _state_after(verb, "to" if lemma in SENDING else "from")
        if state:
            return f"{lemma} {goods} {state}"
    return ""


def _electricity(verb: Token) -> str:
    """The electricity a verb has for its object ("power", "10,000 MW of hydropower"), or the noun it sells as a
    relative clause or a participle ("the electricity it sells", "power sold to"), or the doer of a bare participle
    ("most of their power sold to"), or ""."""
    goods = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("relcl", "acl"):
        goods.append(verb.head)
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        goods += [c for c in verb.children if c.dep_ == "nsubj"]
    for obj in goods:
        of_what = [c for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children]
        found = next((t.lemma_.lower() for t in [obj, *of_what] if t.lemma_.lower() in ELECTRICITY), "")
        if found:
            return found
    return ""


def _state_after(verb: Token, word: str) -> str:
    """The state named after the verb's "to" or "from" ("to Moldova"), also when the parse takes "to" for a dative,
    or states abroad by their common noun ("to neighbouring countries"), or ""."""
    for prep in verb.children:
        if prep.dep_ not in ("prep", "dative") or prep.lower_ != word:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (state := state_named(obj) or _owner(obj)):
                return f"{word} {state}"
            if word == "to" and countries_abroad(obj):
                return "to countries"
    return ""


def _owner(buyer: Token) -> str:
    """The state a buyer or seller is told as belonging to ("Thailand's state utility", "India's grid"), or ""."""
    return next(filter(None, (state_named(c) for c in buyer.children if c.dep_ == "poss")), "")


def _states_doing(verb: Token) -> str:
    """The states a verb has for its subject, as "countries" ("the four countries trade ...") or as two states named
    and joined ("Kenya and Ethiopia trade ..."), or ""."""
    for subject in verb.children:
        if subject.dep_ != "nsubj":
            continue
        if subject.tag_ == "NNS" and subject.lemma_.lower() in ABROAD:
            return subject.lower_
        named = [state_named(t) for t in [subject, *subject.conjuncts]]
        if len([s for s in named if s]) >= 2:
            return " and ".join(s for s in named if s)
    return ""
