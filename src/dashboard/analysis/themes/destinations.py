"""Places named as where people or goods go: a capital on a journey ("flights to Dakar and Lisbon were cancelled",
"trains from Minsk were delayed") is not the state doing the verb after it, nor is a capital named as where a thing is
("the port of Conakry handles the fuel bound for Mali", "the mayor of Kyiv said"); and the places goods are sold to
("sells most of its gas to Turkey", "exports to the European Union") are markets, not parties to relations between
states."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import lemma_places, words_of
from dashboard.analysis.quotes.capitals import CAPITALS

#: Words before a place that make it where someone or something goes or comes from.
MOTION = frozenset(["to", "from", "into", "via"])


def destination(tokens: Doc, start: int, offset: int) -> bool:
    """Whether the name at `start` ends a journey: after "to", "from", "into" or "via", alone or last in a list of
    names ("to Dakar and Lisbon")."""
    i = start - 1
    while i >= offset and (tokens[i].lower_ in ("and", ",") or tokens[i].pos_ == "PROPN"):
        i -= 1
    return i >= offset and tokens[i].lower_ in MOTION


def named_as_place(tokens: Doc, name: Span, offset: int) -> bool:
    """Whether the name is a place, not a doer: where someone or something goes (see `destination`), or a capital
    after a noun and "of" ("the port of Conakry", "the streets of Bamako"), where a thing is: the state is not it."""
    if destination(tokens, name.start, offset):
        return True
    i = name.start - 1
    placed = i > offset and tokens[i].lower_ == "of" and tokens[i - 1].pos_ == "NOUN"
    return placed and name.text.casefold() in CAPITALS


#: Words of goods sent abroad, after which the places named after "to" are where the goods go: markets, not parties
#: to relations ("sells most of its gas to Turkey and southern Europe", "exports to the European Union").
SENDING = frozenset(["export", "sell", "sale", "shipment", "deliver", "delivery"])
#: The lemmas a word of sending is read from: "ship" only as a verb ("shipped to"), not the vessel.
SENDING_LEMMAS = SENDING | {"ship"}
#: How many words may stand between the sending word and its "to" ("sells most of its gas to").
MAX_GOODS_WORDS = 6


def markets(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans (relative to `doc`) of the places goods are sent to: after "to" or "into" a few words after a
    word of sending, the names and the words that join them ("to Turkey and southern Europe")."""
    if words_of(doc).isdisjoint(SENDING) and "ship" not in words_of(doc):
        return []  # most paragraphs
    tokens = doc  # read by index: a Token is made only for the words after a verb of sending
    spans = []
    for i in lemma_places(doc, SENDING_LEMMAS):
        if tokens[i].lemma_.lower() == "ship" and tokens[i].pos_ != "VERB":
            continue
        j = i + 1
        while j < len(tokens) and j - i <= MAX_GOODS_WORDS and tokens[j].lower_ not in ("to", "into"):
            if tokens[j].pos_ in ("PUNCT", "VERB", "AUX", "SCONJ", "CCONJ"):
                break
            j += 1
        if j >= len(tokens) or tokens[j].lower_ not in ("to", "into"):
            continue
        end = j + 1
        while end < len(tokens) and (
            tokens[end].pos_ in ("PROPN", "DET", "ADJ") or tokens[end].lower_ in ("and", ",") or tokens[end].ent_type_
        ):
            end += 1
        if any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in tokens[j + 1 : end]):
            spans.append((j + 1, end))
    return spans
