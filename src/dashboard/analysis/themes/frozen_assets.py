"""Whether a paragraph tells of a freeze on the assets of a state or its people ("Britain has frozen more than 25
billion pounds of Russian assets", "froze Iranian funds held abroad", "a freeze on Syrian reserves"), or on assets
held in another state ("froze any assets the five hold in the United States"), or on the assets of foreign people
("freeze the assets of foreign officials", "froze the assets of two Iranian generals"): a sanction told through the
verb, trade by the annotation guidelines, where "asset freeze" as a compound is only a word of diplomacy's. The assets
must be named by a people's adjective right before them, followed within a few words by "in" and a state's name, or
followed by "of" and, within a few words, "foreign" or a state's name or adjective, within a few words of the freeze
and with no verb between the two, so a freeze on hiring, wages or talks, a charity's frozen bank account, a judge's
freeze on assets in Delaware and a court freezing the assets of a former mayor are none. Read from lemmas and the
words after the freeze: no parser."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import lemma_places, words_of
from dashboard.analysis.quotes.countries import country_of
from dashboard.analysis.themes.states import is_state

#: The verb of a freeze.
FREEZES = frozenset(["freeze", "frozen"])
#: What a state freezes of another's: its assets, funds, reserves or holdings.
ASSETS = frozenset(["asset", "fund", "reserve", "holding", "deposit"])
#: How many words after the verb the people's adjective may stand at most ("frozen more than 25 billion pounds of
#: Russian assets").
_REACH = 9
#: How many words after the assets their "in" and state may stand ("assets the five hold in the United States").
_HELD_REACH = 5
#: How many words after "of" the owners' "foreign" or people's adjective may stand ("the assets of two Iranian").
_OWNER_REACH = 3
#: Words that end the reach: the sentence or a clause of its own.
_ENDS = frozenset([".", ";", ":", "!", "?"])


def frozen_assets(doc: Doc | Span) -> str:
    """How a freeze falls on a people's assets, as "freeze Russian asset", or ""."""
    if words_of(doc).isdisjoint(FREEZES):
        return ""  # most paragraphs: no freeze
    for i in lemma_places(doc, FREEZES):
        if doc[i].pos_ not in ("VERB", "ADJ", "NOUN"):
            continue  # "has frozen", "frozen Russian funds", "a freeze on Iranian assets"
        for j in range(i + 1, min(i + _REACH, len(doc) - 1)):
            if doc[j].text in _ENDS or doc[j].pos_ == "VERB":
                break
            if country_of(doc[j].text) and doc[j + 1].lemma_.lower() in ASSETS:
                return f"freeze {doc[j].text} {doc[j + 1].lemma_.lower()}"
            if doc[j].lemma_.lower() in ASSETS and (state := _held_in(doc, j + 1)):
                return f"freeze {doc[j].lemma_.lower()} in {state}"
            if doc[j].lemma_.lower() in ASSETS and (people := _owners(doc, j + 1)):
                return f"freeze {doc[j].lemma_.lower()} of {people}"
    return ""


def _owners(doc: Doc | Span, start: int) -> str:
    """The foreign people whose assets are frozen, told by "of" right after the assets and, within a few words,
    "foreign" or a state's name or adjective ("the assets of foreign officials", "the funds of two Russian banks",
    "the reserves of Russia's central bank"), or ""."""
    if start >= len(doc) or doc[start].lower_ != "of":
        return ""
    for j in range(start + 1, min(start + 1 + _OWNER_REACH, len(doc))):
        if doc[j].text in _ENDS or doc[j].pos_ in ("VERB", "ADP"):
            return ""
        if doc[j].lower_ == "foreign" or country_of(doc[j].text) or is_state(doc[j].text):
            return doc[j].text
    return ""


def _held_in(doc: Doc | Span, start: int) -> str:
    """The state that assets are held in, named by "in" a few words after them ("assets the five hold in the United
    States", "funds held in Britain"), or ""."""
    for j in range(start, min(start + _HELD_REACH, len(doc))):
        if doc[j].text in _ENDS:
            return ""
        if doc[j].lower_ == "in":
            k = j + 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
            end = k
            while end < len(doc) and doc[end].ent_type_ == "GPE" and (end == k or doc[end].ent_iob_ == "I"):
                end += 1
            return doc[k:end].text if end > k and is_state(doc[k:end].text) else ""
    return ""
