"""Ships, which the recogniser often tags organisations ("the MV Confederation", "HMCS Regina"): a name that opens
with a ship prefix is a vessel's, no body that speaks, so "the company said" after it goes to the company named
before it."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.doc_text import places_of

#: Prefixes of ships' names (motor vessel, Canadian, British, US and Australian navies, coast guard, royal mail).
SHIP_PREFIXES = frozenset({"MV", "M/V", "HMCS", "HMS", "USS", "USNS", "HMAS", "CCGS", "RMS"})


def a_vessel(ent: Span) -> bool:
    """Whether an entity is a ship by its prefix, with a name after it ("MV Confederation", not a bare "HMS")."""
    if not places_of(ent, SHIP_PREFIXES):
        return False  # most names hold no ship prefix: no Token of the name is made
    words = [t for t in ent if t.lower_ != "the"]
    return len(words) >= 2 and words[0].text in SHIP_PREFIXES and words[1].text[:1].isupper()
