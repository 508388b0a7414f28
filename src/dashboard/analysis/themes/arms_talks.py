"""Whether a paragraph's talks are on arms, a war's end or a treaty rather than on goods: talks on a state's nuclear
programme, a ceasefire, a peace deal or a treaty limiting warheads are relations between states and their forces, no
trade talks, however much sanctions relief the same story tells. The theme's words of talks (`arms_talks`, "talks",
"negotiator") count nothing in such a paragraph; goods, tariffs, markets or sanctions named beside them still count by
their own words ("talks on the ceasefire and on reopening grain exports"). A nuclear plant that a state buys is an
energy deal, so "nuclear" alone names no such subject. Read from words only: no parser."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of

#: Words that name the subject of talks on arms or a war's end on their own ("ceasefire talks", "a new treaty").
SUBJECT_WORDS = frozenset(
    [
        "ceasefire", "cease-fire", "truce", "armistice", "peace", "treaty", "disarmament", "denuclearisation",
        "denuclearization", "non-proliferation", "nonproliferation", "enrichment", "warhead", "warheads",
    ]
)  # fmt: skip
#: Words that name it with the word before them ("the country's nuclear programme", "arms control").
SUBJECT_HEADS = {
    "programme": frozenset(["nuclear", "weapons", "missile", "atomic"]),
    "program": frozenset(["nuclear", "weapons", "missile", "atomic"]),
    "control": frozenset(["arms"]),
}


def arms_subject(doc: Doc | Span) -> str:
    """The words naming talks' subject as arms or a war's end ("nuclear programme", "ceasefire"), or "" when none do."""
    tokens = doc  # read by index: a Token is made only for the words that may name the subject
    for i in places_of(doc, SUBJECT_WORDS | frozenset(SUBJECT_HEADS), lower=True):
        lower = tokens[i].lower_
        if lower in SUBJECT_WORDS:
            return lower
        if i and (before := tokens[i - 1].lower_) in SUBJECT_HEADS[lower]:
            return f"{before} {lower}"
    return ""


def arms_talks(doc: Doc | Span, counts: Counter[str], words: frozenset[str]) -> tuple[Counter[str], str]:
    """The paragraph's term counts without the theme's words of talks (`words`) when its talks are on arms or a war's
    end, with the words that named that subject ("" when the counts stand)."""
    if not words & set(counts) or not (subject := arms_subject(doc)):
        return counts, ""
    return Counter({t: n for t, n in counts.items() if t not in words}), subject
