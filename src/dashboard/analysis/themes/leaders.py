"""The heads of state and government named in a paragraph: with their title ("President Ana Sato", "King Olaf",
"Prime Minister Eva Lindqvist"), or by the name alone once their article has given it with the title ("Sato thanked
Lindqvist for her hospitality"): news tells a visit or a summit through the leaders' names after the first mention.
Read from entities and lemmas only: no parser."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import doc_span, entities_of, places_of, words_of
from dashboard.analysis.quotes.countries import country_of
from dashboard.analysis.themes.states import is_state

#: Titles of heads of state and government ("prime" as in "Prime Minister"), and the words a title is written with.
HEAD_TITLES = frozenset(["president", "chancellor", "premier", "king", "queen", "emir", "sultan", "prime"])
TITLE_WORDS = HEAD_TITLES | {"minister", "vice"}


def leaders(doc: Doc | Span, known: frozenset[str] = frozenset()) -> list[Span]:
    """The people named with the title of a head of state or government, title included, and the people whose last
    name is one of the `known` leaders' of the article (see `article_leaders`): when one of them does a verb of the
    theme to another, or to a people ("met Chilean officials"), a state acts on a state. A place is not enough
    ("President Sato visited Lyon" may be a tour at home); a state told through its voice is ("President Sato thanked
    the authorities of Niger")."""
    titles = not words_of(doc).isdisjoint(TITLE_WORDS)  # most paragraphs have no title: no word is read for one
    if not titles and not known:
        return []  # no title, and no leader known to look for by name: no entity is read
    found = []
    ents = entities_of(doc)
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        start = ent.start
        while titles and start > max(ent.start - 2, 0) and ent.doc[start - 1].lemma_.lower() in TITLE_WORDS:
            start -= 1
        first = doc_span(ent.doc, start, min(start + 2, ent.end)) if titles else ()
        titled = titles and any(t.lemma_.lower() in HEAD_TITLES for t in first)
        titled = titled and not _of_a_province(ent.doc, start)
        if titled or known and _last_name(ent) in known:  # no name read when the article has no leader known
            found.append(Span(ent.doc, start, ent.end, label=ent.label_))
    if known and not known.isdisjoint(words_of(doc)):
        # a known leader's name the recogniser missed ("Obi thanked Lindqvist" with no entity for Obi)
        taken = {i for ent in ents for i in range(ent.start, ent.end)}
        offset = doc.start if isinstance(doc, Span) else 0
        named = (doc.doc[offset + i] for i in places_of(doc, known, lower=True))
        found += [Span(t.doc, t.i, t.i + 1, label="PERSON") for t in named if t.pos_ == "PROPN" and t.i not in taken]
    if known:
        found.sort(key=lambda ent: ent.start)
    return found


def article_leaders(docs: Iterable[Doc]) -> frozenset[str]:
    """The last names of the heads of state and government that an article names with their title."""
    return frozenset(_last_name(ent) for doc in docs for ent in leaders(doc))


def _of_a_province(doc: Doc, title: int) -> bool:
    """Whether the title is that of a place that is no state ("Newfoundland Premier Brian Peckford", "Ontario
    Premier"): a province's or a region's head is no party to relations between states."""
    before = doc[title - 1] if title > 0 else None
    if before is None or before.pos_ != "PROPN":
        return False
    place = next((ent.text for ent in entities_of(doc) if ent.start <= before.i < ent.end), before.text)
    return not (is_state(place) or country_of(before.text))


def _last_name(ent: Span) -> str:
    words = [t.lower_ for t in ent if t.is_alpha]
    return words[-1] if words else ""
