"""A name of one word that owns a role and that the recogniser took for a person's, short for an organisation of the
article: "Kingsbridge's lead analyst" after "Kingsbridge Ratings lowered the rating", whether the full name was tagged
or not."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import doc_span, places_of, text_of
from dashboard.analysis.names import ORGANISATION_HEADS
from dashboard.analysis.quotes.mentions import Mentions


def organisation_clipped(word: str, mentions: Mentions) -> str:
    """The organisation one word is short for: one the article tags by it or names in full with it first ("Kingsbridge
    Ratings", "Solvik Motors", tagged or not); "" when none."""
    if " " in word:
        return ""
    if mentions.organisation_called(word) != word or mentions.names_an_organisation(word):
        return mentions.organisation_called(word)
    return named_in_full(word, mentions)


def named_in_full(word: str, mentions: Mentions) -> str:
    """The name the article writes with this word first and the head of an organisation's name next ("Kingsbridge
    Ratings", tagged or not); "" when none."""
    docs = (doc for doc in mentions.docs if word in text_of(doc))  # a text test first: most paragraphs lack the word
    pairs = (doc_span(doc, i, i + 2) for doc in docs for i in places_of(doc, [word]) if i < len(doc) - 1)
    return next((pair.text for pair in pairs if pair[1].is_title and pair[1].lower_ in ORGANISATION_HEADS), "")


def owner_clipped(ent: Span, mentions: Mentions) -> bool:
    """Whether a name tagged a person's owns a role ("Kingsbridge's analyst", "Tamsin co-founder") and is short for an
    organisation of the article."""
    return ent.root.dep_ in ("poss", "compound") and bool(organisation_clipped(ent.text, mentions))


#: How a name stands as a noun of its own: a clause's subject or object, an owner, or a preposition's object.
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos"})


def named_as_noun(word: str, docs: list[Doc]) -> bool:
    """Whether the article names an organisation by this one word where it stands as a noun ("Ratings agency Crestmoor
    said"), so the word the parser took for an adjective before a role ("Crestmoor analyst X") is that organisation,
    unlike "Nordic" of "Nordic power producer X"."""
    named = (doc[i] for doc in docs for i in places_of(doc, [word]))
    return " " not in word and any(t.ent_type_ == "ORG" and t.dep_ in _NOUN_DEPS for t in named)
