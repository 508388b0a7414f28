"""A status word the recogniser took into a force's name: "Retired Army Col. Tom Hale", "Former Navy Capt. Ann
Rook" tag "Retired Army" and "Former Navy" as organisations, but "Retired" and "Former" tell of the person who served,
and no army, navy, air force, marine corps or coast guard is called so. Such a word opening an organisation's name
right before a force goes; any other "Former …" name stays as it is."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.names import words
from dashboard.analysis.quotes.lexicon import ARMED_SERVICES

_STATUS_WORDS = frozenset({"Retired", "Former"})
#: First words of the names of armed forces and services ("Air" of "Air Force", "Coast" of "Coast Guard").
_FORCE_WORDS = frozenset(service.split()[0] for service in ARMED_SERVICES) | words("marines military")


def without_status_word(ent: Span) -> Span:
    """`ent` without a capitalised "Retired" or "Former" that opens it right before a force's name ("Retired Army"
    is "Army"); else `ent` as it is."""
    if len(ent) > 1 and ent[0].text in _STATUS_WORDS and ent[1].lower_ in _FORCE_WORDS and ent[1].is_title:
        return ent[1:]
    return ent
