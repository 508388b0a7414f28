"""Whether a paragraph tells of a national of one state held, tried or freed in another ("an American journalist jailed
in Russia", "two Canadians detained in China were released", "three Hungarians held in Turkish prisons", "foreign
nationals held in Iran", "two soldiers held by Armenia"): a consular case, which is a relation between the two states
even when no word of diplomacy is written. Hostages named by their nationality ("five Thai workers held hostage in
Gaza") may be held in any named place that is not their own state: the news names their nationality because it is
foreign there. The same case told in the active voice, by the state that holds them, is read by `held_by`. Read from
words, parts of speech and entities: no parser."""

from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import column, entities_of, text_of, words_of
from dashboard.analysis.quotes.capitals import CAPITAL_STATES
from dashboard.analysis.themes.held_by import held_by_state, state_of_people
from dashboard.analysis.themes.names import MISTAKEN_LABELS
from dashboard.analysis.themes.nearby import next_in_sentence
from dashboard.analysis.themes.party_keys import party_key, same_party
from dashboard.analysis.themes.states import is_state

#: Verbs of holding, trying and freeing a person, read as participles ("jailed", "held"): the national is the one
#: held, not the one holding ("Russian police detained ...").
HOLDING = frozenset(
    ["detain", "jail", "arrest", "hold", "imprison", "sentence", "convict", "free", "release", "abduct", "kidnap"]
)
#: Places of custody that another people's adjective makes a state's: "in Turkish prisons", "in Russian custody".
CUSTODY = frozenset(["prison", "jail", "gaol", "custody", "detention", "cell", "camp"])
#: People of a state foreign to the state that holds them ("foreign nationals", "dual citizens", "foreigners").
FOREIGN_PEOPLE = re.compile(r"\b(?:(?:foreign|dual)(?: and \w+)? (?:nationals?|citizens?)|foreigners?)\b", re.I)
#: The words such people are told with, by the ids of their strings: a paragraph without them is read no further.
PEOPLE_WORDS = frozenset(
    hash_string(w) for w in ("national", "nationals", "citizen", "citizens", "foreigner", "foreigners")
)
#: Words after the verb that make the held people hostages of whoever holds them ("held hostage", "taken captive").
HOSTAGE = frozenset(["hostage", "hostages", "captive", "captives"])
#: The words before the state that holds a national: where ("jailed in Russia") or by whom ("two soldiers held by
#: Armenia", "fishermen detained by Somalia"); a state named after "by" holds them as a state.
PLACE_OR_HOLDER = frozenset(["in", "by"])
#: How many words may stand between the nationality and the verb ("American journalist Ann Lee, 34, was jailed"),
#: and between the verb and the place ("held since 2019 in Iran").
MAX_GAP = 8
#: The lemmas of every verb `_holding` reads: a paragraph with none of them tells no one held.
_VERB_LEMMAS = HOLDING | {"take"}


def held_abroad(doc: Doc | Span) -> str:
    """How a national of one state is held or freed in another, as "American jail Russia", or "" when none is."""
    if words_of(doc).isdisjoint(_VERB_LEMMAS):
        return held_by_state(doc)  # most paragraphs: no verb of holding, no entity read
    tokens = doc.doc if isinstance(doc, Span) else doc
    end = doc.end if isinstance(doc, Span) else len(doc)
    ents = entities_of(doc)
    states = {ent.start: ent for ent in ents if _state(ent) or _custody(tokens, ent, end) or _capital(ent)}
    places = {ent.start: ent for ent in ents if ent.label_ == "GPE"}
    if not states and not places:
        return held_by_state(doc)
    for people in [ent for ent in ents if ent.label_ == "NORP"] + _foreigners(doc):
        verb = next_in_sentence(tokens, people.end, end, lambda t: _holding(tokens, t, end), MAX_GAP)
        if verb is None:
            continue
        # a people's hostages are told by their nationality where it is foreign to the place: any named place will do
        where = {**places, **states} if people.label_ == "NORP" and _hostage(tokens, verb, end) else states
        place = next_in_sentence(
            tokens,
            verb + 1,
            end,
            lambda t, where=where: t.lower_ in PLACE_OR_HOLDER and _after_in(tokens, t.i, where) is not None,
            MAX_GAP,
        )
        state = _after_in(tokens, place, where) if place is not None else None
        if state is not None and _foreign(people, state):
            return f"{people.text} {tokens[verb].lemma_} {state.text}"
    return held_by_state(doc)


def _holding(tokens: Doc, token, end: int) -> bool:
    """A participle of holding or freeing ("jailed", "released"), or of taking hostage ("held hostage", "taken
    captive", which the tagger often reads as a past tense after a people's noun)."""
    lemma = token.lemma_.lower()
    if _hostage(tokens, token.i, end):
        return token.tag_ in ("VBN", "VBD") and (lemma in HOLDING or lemma == "take")
    return token.tag_ == "VBN" and lemma in HOLDING


def _hostage(tokens: Doc, verb: int, end: int) -> bool:
    """Whether the participle at verb is followed by "hostage" or "captive" ("held hostage", "taken captive")."""
    return verb + 1 < end and tokens[verb + 1].lower_ in HOSTAGE


def _capital(ent: Span) -> bool:
    """A capital whose state is known (see CAPITAL_STATES): "held in Tehran", "in Tehran's Evin prison"."""
    return ent.label_ == "GPE" and text_of(ent).casefold() in CAPITAL_STATES


def _foreign(people: Span, place: Span) -> bool:
    """Whether people are foreign to the state where they are held: for a capital, "foreigners" are, and a people
    only when their own state is known and is not the capital's ("British" in Tehran, not "Russians" in Moscow)."""
    home = CAPITAL_STATES.get(place.text.casefold())
    if home is None:
        return not same_party(party_key(people), party_key(place))
    if people.label_ != "NORP":
        return True
    own = state_of_people(people)
    return bool(own) and own != home


def _foreigners(doc: Doc | Span) -> list[Span]:
    """People told as foreign to wherever they are held, with no nationality named: "foreigners", "foreign
    nationals", "dual and foreign citizens". Found by a pattern over the text, not a loop over every token."""
    if PEOPLE_WORDS.isdisjoint(column(doc, LOWER)):
        return []
    start = doc.start_char if isinstance(doc, Span) else 0
    spans = (doc.doc.char_span(start + m.start(), start + m.end()) for m in FOREIGN_PEOPLE.finditer(text_of(doc)))
    return [span for span in spans if span is not None]


def _after_in(tokens: Doc, i: int, states: dict[int, Span]) -> Span | None:
    """The state named right after "in" (or "by") at i, or after its article ("in a Russian jail")."""
    at = i + 2 if i + 2 < len(tokens) and tokens[i + 1].lower_ in ("a", "an", "the") else i + 1
    return states.get(at)


def _custody(tokens: Doc, ent: Span, end: int) -> bool:
    """A people's adjective before a place of custody ("Turkish prisons"): the custody of that people's state."""
    return ent.label_ == "NORP" and ent.end < end and tokens[ent.end].lemma_.lower() in CUSTODY


def _state(ent: Span) -> bool:
    """A country, not a city: "Russians detained in Moscow" may be held at home. A country's name the recogniser took
    for a person or an organisation ("in Niger" as a person) is still one."""
    return (ent.label_ == "GPE" or ent.label_ in MISTAKEN_LABELS) and is_state(text_of(ent))
