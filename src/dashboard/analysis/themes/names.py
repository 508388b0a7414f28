"""What the names in a paragraph say to a theme: which named states or peoples are parties to it, and which words
only name something else (an institute, a title its holder no longer has) and so count for no theme."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

#: A name with one of these words is an institute, a school or a think tank: its words name the organisation
#: ("the Center for Strategic and International Studies"), not what the paragraph is about.
INSTITUTION = re.compile(
    r"\b(institute|institution|foundation|center|centre|school|university|college|academy|council (on|for))\b", re.I
)
#: Words before a named place that make it the place where something happens ("talks in Geneva"), not a party.
PLACE_WORDS = frozenset(["in", "at", "near", "across", "throughout", "inside", "within", "around", "outside"])


def masked(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans whose words count for no theme: names of institutions and titles no longer held."""
    return _institutions(doc) + _past_roles(doc)


def parties(doc: Doc | Span, labels: frozenset[str], hidden: list[tuple[int, int]]) -> list[str]:
    """The distinct named entities of the given labels, as first written, unless an exclusion hides them or they
    only say where something happened ("a rally in Ohio").

    "Mexico" and "Mexican" are one party.
    """
    offset = doc.start if isinstance(doc, Span) else 0
    seen: dict[str, str] = {}
    for ent in doc.ents:
        start, end = ent.start - offset, ent.end - offset
        if ent.label_ not in labels or any(a < end and start < b for a, b in hidden):
            continue
        if ent.start > 0 and ent.doc[ent.start - 1].lower_ in PLACE_WORDS:
            continue
        key = " ".join(t.lower_ for t in ent if not t.is_stop and not t.is_punct)
        if key and not any(_same_party(key, other) for other in seen):
            seen[key] = ent.text
    return list(seen.values())


def _institutions(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans of the names of institutes, schools and think tanks in a paragraph."""
    offset = doc.start if isinstance(doc, Span) else 0
    return [(e.start - offset, e.end - offset) for e in doc.ents if INSTITUTION.search(e.text)]


def _past_roles(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans of titles a person no longer holds ("a former ambassador to Russia", "former Secretary of
    State"): they introduce a speaker, not what the paragraph is about."""
    if "former" not in doc.text.lower():
        return []
    tokens = list(doc)
    spans = []
    for i, token in enumerate(tokens):
        if token.lower_ == "former":
            end = i + 1
            while end < len(tokens) and (
                tokens[end].pos_ in ("PROPN", "NOUN", "ADJ") or tokens[end].lower_ in ("of", "-")
            ):
                end += 1
            spans.append((i + 1, end))
    return spans


def _same_party(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= 4 and long.startswith(short[:-1]))
