"""A warship the story told, named again by what it is: "The ministry said the boat had stayed outside the limit"
after a submarine tracked in a strait, "the vessel" after a frigate, "the ships" after two frigates; a boat told as a
navy's ("a navy patrol boat", "a naval vessel") is a warship too. Such a paragraph refers back to that warship, so it
goes on with the theme whose word the warship is (see `continuation.themed`), also after a paragraph that its context
carried ("The ships turned back at dusk" after the carrier's helicopters). Only a warship named in an earlier
paragraph makes "the boat" one: a fishing feature's "the boats" and a ferry's "the ship" refer to nothing here, as the
boats of a story are as often its trade or its people. Read from words and parts of speech only: no parser."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import words_of
from dashboard.analysis.themes.continuation import Reference

#: The words by which a ship already told is named again.
NAMED_AGAIN = frozenset(["boat", "vessel", "ship"])
#: The ships of a navy that a story may name again in those words.
WARSHIPS = frozenset(["warship", "frigate", "submarine", "destroyer", "corvette", "minesweeper", "gunboat"])
#: Ships of trade and fishing: named after a warship, they are the ones "the ship" names again ("the third tanker
#: taken this year", then "the ship's manager said" is the tanker's, not the destroyer's sent after it).
MERCHANT_SHIPS = frozenset(["tanker", "freighter", "trawler", "ferry", "cargo", "barge", "container", "yacht"])
#: The words that make the ship named right after them (within two words) a navy's: "a navy patrol boat".
NAVIES = frozenset(["navy", "naval"])


def warships_named_again(docs: Sequence[Doc | Span], references: Sequence[Reference | None]) -> list[Reference | None]:
    """The paragraphs' references, with "the boat" (or "the vessel", "the ship") as a reference to the warship named
    in an earlier paragraph, for a paragraph that has no other, when no ship of trade was named after it."""
    result = list(references)
    last = ""
    for i, doc in enumerate(docs):
        words = words_of(doc)
        if result[i] is None and last and words & NAMED_AGAIN:
            result[i] = _named_again(doc, last)
        if named := words & (WARSHIPS | MERCHANT_SHIPS):
            ship = next(t.lemma_.lower() for t in reversed(doc) if t.lemma_.lower() in named or t.lower_ in named)
            last = ship if ship in WARSHIPS else ""
        elif words & NAVIES and words & NAMED_AGAIN and (navy := _navy_ship(doc)):
            last = navy
    return result


def _navy_ship(doc: Doc | Span) -> str:
    """The navy word ("navy", "naval") of a boat, vessel or ship named at most two words after it ("a navy patrol
    boat", "a naval vessel"), or "" when the paragraph names none ("the navy rescued the fishing boat")."""
    tokens = list(doc)
    for i, token in enumerate(tokens):
        if token.lower_ in NAVIES and any(t.lemma_.lower() in NAMED_AGAIN for t in tokens[i + 1 : i + 3]):
            return token.lower_
    return ""


def _named_again(doc: Doc | Span, warship: str) -> Reference | None:
    """The first "the boat" (or "the vessel", "the ship", "the ships") of a paragraph that is not before a noun or a
    possessive ("the boat crew", "the ship's manager"), as a reference to the warship."""
    tokens = list(doc)
    for pointer, noun, after in zip(tokens, tokens[1:], [*tokens[2:], None], strict=False):
        if pointer.lower_ != "the" or noun.lemma_.lower() not in NAMED_AGAIN or noun.pos_ != "NOUN":
            continue
        if after is None or after.pos_ not in ("NOUN", "PROPN", "PART"):
            return Reference(f"the {noun.lower_}", previous_only=False, subject=warship, follows=True)
    return None
