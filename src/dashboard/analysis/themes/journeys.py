"""Whether a paragraph tells of a head of state or government travelling to another state: "It was Ruiz's first trip
to Morocco", "Prime Minister Abel Tesfaye arrived in Nairobi", "Kamau is due to make a return trip to Addis Ababa",
"President Nazarov is due in Moscow in May". A leader's journey to a country or a capital is a visit between states
even when no other party is named; a journey to a town or a region ("President Sato visited Osaka") may be a tour at
home, and is none. Read from entities, lemmas and parts of speech: no parser."""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import column, entities_of
from dashboard.analysis.quotes.capitals import CAPITALS
from dashboard.analysis.themes.leaders import leaders
from dashboard.analysis.themes.nearby import next_in_sentence
from dashboard.analysis.themes.states import is_state

#: Words of a journey, verbs and nouns: "arrived in", "flew to", "trip to", "visit to"; and "due" when it says where
#: someone is expected ("is due in Moscow in May", not "due to the war": see DUE_IN).
JOURNEYS = frozenset(["arrive", "travel", "fly", "trip", "visit", "tour", "journey", "due"])
#: The word after "due" that makes it a journey.
DUE_IN = "in"
#: The words of a journey by the ids of their lemmas: a paragraph without them is read no further.
JOURNEY_IDS = frozenset(hash_string(word) for word in JOURNEYS)
#: How many words may stand between the leader and the journey ("Kamau is due to make a return trip"), and between
#: the journey and its place ("arrived on Sunday in Nairobi").
MAX_GAP = 6


def journey_abroad(doc: Doc | Span, known: frozenset[str] = frozenset()) -> str:
    """How a head of state or government (by title, or by a name the article gave with one: `known`) travels to a
    country or a capital, as "Ruiz trip Morocco", or "" when none does."""
    if JOURNEY_IDS.isdisjoint(column(doc, LEMMA)):
        return ""
    tokens = doc.doc if isinstance(doc, Span) else doc
    end = doc.end if isinstance(doc, Span) else len(doc)
    places = {ent.start: ent for ent in entities_of(doc) if ent.label_ == "GPE" and _state_or_capital(ent.text)}
    for leader in leaders(doc, known):
        journey = next_in_sentence(tokens, leader.end, end, _journey, MAX_GAP)
        if journey is None:
            continue
        to = next_in_sentence(
            tokens, journey + 1, end, lambda t: t.lower_ in ("to", "in") and t.i + 1 in places, MAX_GAP
        )
        if to is not None:
            return f"{leader[-1].text} {tokens[journey].lemma_.lower()} {places[to + 1].text}"
    return ""


def _journey(token: Token) -> bool:
    """Whether a word tells a journey ("arrived", "trip"; "due" only as "due in")."""
    if token.lemma_.lower() != "due":
        return token.lemma_.lower() in JOURNEYS
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == DUE_IN


def _state_or_capital(name: str) -> bool:
    return is_state(name) or name.casefold() in CAPITALS
