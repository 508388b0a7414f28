"""Whether a paragraph tells of a state that holds or frees another state's nationals or their craft, in the active
voice ("Indonesia's maritime agency detained a Vietnamese fishing boat", "Norway's coast guard arrested two Russian
fishermen", "Venezuela freed four Americans", "Iran released a French teacher"): the same consular case as a national
held or freed abroad (see `held`), told from the side of the state that holds them. The holder is a state named before
the verb (as a country, its people's adjective or its possessive), the held are a people named within a few words
after it, so a state freeing its own people or the police freeing anyone are none. Read from words, parts of speech
and entities: no parser."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import entities_of, text_of, words_of
from dashboard.analysis.quotes.countries import country_of
from dashboard.analysis.themes.nearby import next_in_sentence
from dashboard.analysis.themes.states import is_state

#: Verbs of holding a person or a craft, or of setting one free, told as the holder's deed ("detained", "freed").
HOLDING = frozenset(["detain", "arrest", "seize", "impound", "jail", "imprison", "free", "release"])
#: How many words may stand between the holding state and the verb ("Indonesia's maritime security agency
#: detained"), and between the verb and the people held ("detained two Vietnamese").
MAX_BEFORE = 5
MAX_AFTER = 3


def held_by_state(doc: Doc | Span) -> str:
    """How a state holds or frees another's nationals or their craft, as "Indonesia detain Vietnamese", or "" when none
    is."""
    if words_of(doc).isdisjoint(HOLDING):
        return ""  # most paragraphs: no verb of holding, no entity read
    tokens = doc.doc if isinstance(doc, Span) else doc
    end = doc.end if isinstance(doc, Span) else len(doc)
    ents = list(entities_of(doc))
    holders = [ent for ent in ents if is_state(text_of(ent)) or (ent.label_ == "NORP" and country_of(text_of(ent)))]
    people = {ent.start: ent for ent in ents if ent.label_ == "NORP"}
    for holder in holders:
        verb = next_in_sentence(tokens, holder.end, end, _holds, MAX_BEFORE)
        if verb is None:
            continue
        at = next_in_sentence(tokens, verb + 1, end, lambda t: t.i in people, MAX_AFTER)
        if at is not None and _foreign(people[at], holder):
            return f"{holder.text} {tokens[verb].lemma_} {people[at].text}"
    return ""


def _holds(token) -> bool:
    """A verb of holding told as a deed done ("detained"), not a participle of the held ("a boat seized by ...")."""
    return token.tag_ == "VBD" and token.lemma_.lower() in HOLDING


def _foreign(people: Span, holder: Span) -> bool:
    """Whether the people held belong to a known state that is not the holder's ("Russian" held by Norway, not
    "Norwegian")."""
    own = state_of_people(people)
    home = holder.text if is_state(holder.text) else country_of(holder.text)
    return bool(own and home) and own.casefold() != home.casefold().removeprefix("the ")


def state_of_people(people: Span) -> str:
    """The state a people named in the singular or the plural belongs to ("Russian", "Russians": Russia), or ""."""
    return country_of(people.text) or country_of(people.text.removesuffix("s"))
