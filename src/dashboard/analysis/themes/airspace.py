"""Whether a paragraph tells of a state closing or opening its airspace to another state's planes: "closed its
airspace to Indian airlines", "shut their skies to Russian aircraft", "banned Belarusian airlines from its airspace",
"reopened its airspace to flights from Qatar". A state's airspace barred to another's carriers is a measure of one state
against another (a sanction, a retaliation) even when only the second is named, by its people or its name. Airspace
closed to everyone ("closed the airspace over the harbour for the show", "closed its airspace to civilian flights")
names no other state and is none. Read from the parse and the entities."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import entity_of, places_of, words_of
from dashboard.analysis.quotes.countries import country_of
from dashboard.analysis.themes.states import is_state

#: How the explanation of an airspace barred opens ("airspace: close Indian").
AIRSPACE = "airspace: "
#: The words of a state's air, which it closes or opens.
SKIES = frozenset(["airspace", "skies"])
#: The verbs that close or open it.
CLOSING = frozenset(["close", "shut", "ban", "bar", "deny", "reopen", "open"])
#: The prepositions of whom it is closed or opened to, and of what a carrier is banned from.
TOWARDS = frozenset(["to", "for", "from"])


def airspace_barred(doc: Doc | Span) -> str:
    """How a state closes or opens its airspace to another's planes, as "airspace: close Indian", or ""."""
    if words_of(doc).isdisjoint(SKIES):
        return ""  # most paragraphs
    for sky in (doc[i] for i in places_of(doc, SKIES, lower=True)):
        verb = sky.head if sky.dep_ == "dobj" else sky.head.head if sky.dep_ == "pobj" else None
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in CLOSING:
            continue
        barred = [o for p in (*verb.children, *sky.children) if p.lower_ in TOWARDS for o in p.children]
        barred += [c for c in verb.children if c.dep_ == "dobj" and c is not sky]  # "banned Belarusian airlines"
        other = next(filter(None, map(_state_of, barred)), "")
        if other:
            return f"{AIRSPACE}{verb.lemma_.lower()} {other}"
    return ""


def _state_of(token: Token) -> str:
    """The state a carrier belongs to ("Indian airlines", "flights from Qatar") or that is named itself, or ""."""
    for word in (token, *token.children, *(o for p in token.children if p.dep_ == "prep" for o in p.children)):
        if word.ent_type_ == "NORP" and country_of(word.text):
            return word.text
        name = entity_of(word) if word.ent_type_ == "GPE" else None
        if name is not None and is_state(name.text.removeprefix("the ")):
            return name.text.removeprefix("the ")
    return ""
