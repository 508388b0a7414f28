"""The ceremony of a state visit borrowed by sport: a club's trip to a rival's ground billed as a "state visit",
players forming a "guard of honour" for the champions or as the teams walk out. A paragraph that names a side by its
club, team, squad, players or fans and names no state tells such a ceremony of sport, so the words of the ceremony
("state visit", "guard of honour", "honour guard") count for no theme there. A guard of honour for a visiting
president, or a state visit told beside a national team, names a state and keeps its words. Read from words and
entities only: a paragraph with no word of the ceremony or none of a side is passed over at once."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import entities_of, places_of, words_of
from dashboard.analysis.themes.states import is_state

#: The words that name a sports side or its followers.
SIDES = frozenset(["club", "clubs", "team", "teams", "squad", "player", "players", "fans", "supporters"])
#: The first words of the ceremony's phrases.
_FIRSTS = ("guard", "honour", "honor", "state")
#: What must follow each first word, as lower-case forms, for the phrase to be the ceremony's.
_RESTS = {
    "guard": (("of", "honour"), ("of", "honor")),
    "honour": (("guard",), ("guards",)),
    "honor": (("guard",), ("guards",)),
    "state": (("visit",), ("visits",)),
}


def sport_ceremonies(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans of a state visit's ceremony in a paragraph of a sports side that names no state."""
    words = words_of(doc)
    if words.isdisjoint(_FIRSTS) or words.isdisjoint(SIDES):
        return []  # most paragraphs: no ceremony, or no side
    if not places_of(doc, SIDES, lower=True):
        return []
    spans = []
    for i in places_of(doc, _FIRSTS, lower=True):
        for rest in _RESTS[doc[i].lower_]:
            end = i + 1 + len(rest)
            if end <= len(doc) and tuple(t.lower_ for t in doc[i + 1 : end]) == rest:
                spans.append((i, end))
    if spans and any(e.label_ in ("GPE", "NORP") and is_state(e.text) for e in entities_of(doc)):
        return []
    return spans
