"""An agreement the article named as one of trade ("a trade accord between the bloc and its neighbours", "the free
trade agreement"), named again by a noun of agreements alone ("France has led opposition to the deal", "negotiations
on the accord were concluded"): a later paragraph that points to it ("the", "this", "that") goes on with its trade,
also when another theme labels it (the talks that made it are diplomacy too) and whatever the article's profile,
unless it has a cue against trade. Another agreement named since ("the peace agreement") is the one such a noun
names from there on. Explained as "context: pact: the deal, named as trade". Read from words and parts of
speech only: no parser."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from dashboard.analysis.doc_text import lemma_places, words_of

#: The theme whose agreements are told on by their noun alone.
TRADE = "trade"
#: The nouns by which an agreement is named again.
PACTS = frozenset(["accord", "deal", "agreement", "pact", "treaty"])
#: The words before the noun that make an agreement one of trade ("trade deal", "free-trade agreement").
TRADE_WORDS = frozenset(["trade", "free-trade", "commercial", "investment"])
#: The words that point back to an agreement already told.
POINTERS = frozenset(["the", "this", "that"])


def pacts_named_again(themes: Sequence, docs: Sequence[Doc], scores: list[list]) -> list[list]:
    """The article's scores with each paragraph that points back to a trade agreement named before it labelled with
    trade, when it has no cue against trade."""
    names = [t.name for t in themes]
    if TRADE not in names:
        return scores
    i, named = names.index(TRADE), False
    for p, doc in enumerate(docs):
        verdict = scores[p][i]
        again = _pointed(doc) if named else ""
        if again and not verdict.label and verdict.score >= 0 and not any(t.startswith("-") for t in verdict.terms):
            score = max(verdict.score, themes[i].threshold)
            context = f"pact: the {again}, named as trade"
            scores[p][i] = replace(verdict, score=score, label=True, context=context)
        named = _named(doc, named)
    return scores


def _pointed(doc: Doc) -> str:
    """The noun by which the paragraph points back to an agreement ("the accord"), or ""."""
    for i in _pact_nouns(doc):
        pointer, noun = doc[i - 1], doc[i]
        after = doc[i + 1] if i + 1 < len(doc) else None
        ends = after is None or after.pos_ not in ("NOUN", "PROPN", "PART")  # "the deal's terms" is no pointer
        if pointer.lower_ in POINTERS and ends:
            return noun.lemma_.lower()
    return ""


def _named(doc: Doc, named: bool) -> bool:
    """Whether the last agreement the article has named, up to this paragraph, is one of trade: "trade deal" names
    one, "peace deal" another."""
    for i in _pact_nouns(doc):
        before = doc[i - 1]
        if before.lower_ in TRADE_WORDS:
            named = True
        elif before.pos_ in ("NOUN", "ADJ", "PROPN"):
            named = False
    return named


def _pact_nouns(doc: Doc) -> list[int]:
    """The indices, in order, of the nouns of agreements after the paragraph's first token: a walk over the few
    tokens that may name one, without making a Token of every word (most paragraphs name none)."""
    if PACTS.isdisjoint(words_of(doc)):
        return []
    return [i for i in lemma_places(doc, PACTS, "NOUN") if i > 0]
