"""Whether a paragraph tells of electricity sold, exported or bought across a border: a verb of selling or buying
whose object is electricity or power, told with a state it goes to or comes from ("sells power to Djibouti",
"exports electricity to Serbia", "buys power from India") or with "countries" ("sells electricity to neighbouring
countries"). Such a sale is an energy deal between states, a full word of trade, where goods sold to a state are
only half of one (`markets`). Power sold at home ("sells electricity to farmers"), power as might ("sells its power
to voters", "military power") and prices at home name no state, and stay without trade. Read from the parse."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import lemma_places, words_of
from dashboard.analysis.themes.markets import countries_abroad, state_named

#: Electricity by its lemmas ("power" only as the object of a verb of selling or buying, see `power_sold`).
ELECTRICITY = frozenset(["electricity", "power", "hydropower", "hydroelectricity"])
#: Verbs of electricity leaving for a state, told with "to" ("sells power to Kenya").
SENDING = frozenset(["sell", "export", "supply"])
#: Verbs of electricity coming from a state, told with "from" ("buys power from India").
TAKING = frozenset(["buy", "import", "purchase"])


def power_sold(doc: Doc | Span) -> str:
    """How electricity crosses a border, as "sell power to Djibouti", "buy power from India", or ""."""
    if words_of(doc).isdisjoint(ELECTRICITY):
        return ""  # most paragraphs: no word of electricity
    for i in lemma_places(doc, SENDING | TAKING):
        verb = doc[i]
        goods = _electricity(verb)
        if verb.pos_ != "VERB" or not goods:
            continue
        lemma = verb.lemma_.lower()
        state = _state_after(verb, "to" if lemma in SENDING else "from")
        if state:
            return f"{lemma} {goods} {state}"
    return ""


def _electricity(verb: Token) -> str:
    """The electricity a verb has for its object ("power", "10,000 MW of hydropower"), or ""."""
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "nsubjpass"):
            continue
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
            if obj.dep_ == "pobj" and (state := state_named(obj)):
                return f"{word} {state}"
            if word == "to" and countries_abroad(obj):
                return "to countries"
    return ""
