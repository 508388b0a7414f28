"""Whether a paragraph tells of a state advising its nationals abroad: "Germany urged its citizens to leave Lebanon",
"The ministry urged the roughly 150 Swedes still in the country to leave", "advised Britons to avoid the border
area". A travel advisory is a state's act towards another country even when no word of diplomacy is written; the
people must be a state's nationals (a nationality, "nationals", or "its citizens"), so a governor urging residents to
leave before a storm is none. A state advising against travel to a place, with no word of its nationals, is read by
`travel_warnings`. Read from words, parts of speech and entities: no parser."""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import column, lemma_places
from dashboard.analysis.themes.names import SENTENCE_ENDS
from dashboard.analysis.themes.travel_warnings import WARNING, advised_against_travel

#: Verbs of advice by which a state speaks to its nationals.
ADVICE = frozenset(["urge", "advise", "tell", "ask", "order", "call", "encourage", "instruct", "recommend"])
#: The verbs of advice and of warning against travel by the ids of their lemmas: a paragraph without them is read no
#: further.
ADVICE_IDS = frozenset(hash_string(word) for word in ADVICE | WARNING)
#: What the nationals are advised to do: leave the country or stay away from it.
LEAVING = frozenset(["leave", "avoid", "depart", "evacuate", "exit", "flee", "postpone", "defer", "reconsider"])
#: Nouns for a state's people abroad: "nationals" always, "citizens" only as a state's own ("its citizens").
NATIONALS = frozenset(["national", "compatriot", "expatriate"])
CITIZENS = frozenset(["citizen", "passport-holder"])
OWNERS = frozenset(["its", "their", "our"])
#: How many words may stand between the verb and "to leave" ("urged the roughly 150 Swedes still in the country").
MAX_GAP = 10


def advisory(doc: Doc | Span) -> str:
    """How a state advises its nationals to leave or stay away, as "urge Swedes leave", or "" when none does."""
    if ADVICE_IDS.isdisjoint(column(doc, LEMMA)):
        return ""
    tokens = doc  # read by index: a Token is made only for the words after a verb of advice
    for i in lemma_places(doc, ADVICE, "VERB"):
        verb = tokens[i]
        people = ""
        for j in range(i + 1, min(i + 1 + MAX_GAP, len(tokens) - 1)):
            token = tokens[j]
            if token.text in SENTENCE_ENDS:
                break
            if not people:
                people = _people(tokens, j)
            elif token.lower_ == "to" and tokens[j + 1].lemma_.lower() in LEAVING:
                return f"{verb.lemma_.lower()} {people} {tokens[j + 1].lemma_.lower()}"
    return advised_against_travel(doc)


def _people(tokens: Doc | Span, j: int) -> str:
    """The nationals named at position j, if any: a nationality ("Swedes"), "nationals" or "its citizens"."""
    token, lemma = tokens[j], tokens[j].lemma_.lower()
    if token.ent_type_ == "NORP" and token.pos_ in ("NOUN", "PROPN"):
        return token.text
    if lemma in NATIONALS or (lemma in CITIZENS and j > 0 and tokens[j - 1].lower_ in OWNERS):
        return token.text
    return ""
