"""Whether a sentence names the heads of two states by title and nationality alone, or a state's name ("The Turkish
president cancelled a planned meeting with the Swedish prime minister", "Kenya's president called the Tanzanian
president"): two heads of state or government of different states in one sentence are relations between their states, as
when they are named (see `leaders`); so is a governor general, who stands for a crown's head of state ("The Dutch king
and Canada's governor general took the salute"). A head who no longer holds the title ("the former Turkish president"),
a vice president, or a president of something else ("the French president of the bank") is no head of a state. Read from
the words alone: no parser."""

from __future__ import annotations

from spacy.attrs import POS
from spacy.symbols import ADJ, PROPN
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import column, places_of, words_of
from dashboard.analysis.quotes.countries import country_of
from dashboard.analysis.themes.states import is_state

#: Titles of heads of state and government, one word each, and the first word of the one of two ("prime minister").
HEADS = frozenset(["president", "chancellor", "premier", "king", "queen", "emir", "sultan"])
PRIME = "prime"
#: The first word of a governor general's title, and the word that must follow it ("governor general",
#: "governor-general"): a governor alone heads a province or a state of a federation.
GOVERNOR, GENERAL = "governor", "general"
#: Words before a nationality that say its head no longer holds the title.
FORMER = frozenset(["former", "late", "ex", "ex-"])
#: Words that end a sentence: both heads must stand in one.
SENTENCE_ENDS = frozenset([".", "?", "!", ";"])
#: The prefix of what `heads_of_two_states` finds, in a verdict's explanation.
HEADS_OF_STATES = "heads: "


def heads_of_two_states(doc: Doc | Span) -> str:
    """The heads of two states named by title and nationality in one sentence, as "heads: Turkish president + Swedish
    prime minister", or ""."""
    words = words_of(doc)
    if words.isdisjoint(HEADS) and PRIME not in words and GOVERNOR not in words:
        return ""  # most paragraphs: no title of a head
    heads: list[tuple[str, str]] = []
    ends = set(places_of(doc, SENTENCE_ENDS))
    for i in [i for i, tag in enumerate(column(doc, POS)) if tag in (ADJ, PROPN) or i in ends]:  # no other word read
        if i in ends:
            heads = []
            continue
        token = doc[i]
        state = _state_of(doc, i)
        title = _title(doc, i + 1) if state and not (i and doc[i - 1].lower_ in FORMER) else ""
        if not title:
            continue
        other = next((h for s, h in heads if s != state), "")
        if other:
            return f"{HEADS_OF_STATES}{other} + {token.text} {title}"
        heads.append((state, f"{token.text} {title}"))
    return ""


def _state_of(doc: Doc | Span, i: int) -> str:
    """The state a word names before a title: a people's adjective ("Turkish"), or a state's name with its possessive
    ("Canada's")."""
    if state := country_of(doc[i].text):
        return state
    return doc[i].text if i + 1 < len(doc) and doc[i + 1].lower_ == "'s" and is_state(doc[i].text) else ""


def _title(doc: Doc | Span, i: int) -> str:
    """The title of a head of state or government that starts at i ("president", "prime minister"), when it is not
    that of something else ("president of the bank"), else ""."""
    if i < len(doc) and doc[i].lower_ == "'s":
        i += 1
    if i >= len(doc):
        return ""
    word = doc[i].lower_
    if word == PRIME and i + 1 < len(doc) and doc[i + 1].lower_ == "minister":
        word, i = "prime minister", i + 1
    elif word == GOVERNOR and (general := _general(doc, i + 1)):
        word, i = "governor general", general
    elif word not in HEADS:
        return ""
    return "" if i + 1 < len(doc) and doc[i + 1].lower_ == "of" else word


def _general(doc: Doc | Span, i: int) -> int:
    """The position of "general" that ends a governor general's title from i ("general", "-general"), or 0."""
    if i + 1 < len(doc) and doc[i].text == "-":
        i += 1
    return i if i < len(doc) and doc[i].lower_ == GENERAL else 0
