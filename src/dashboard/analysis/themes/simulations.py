"""A school's simulation of world affairs counts for no theme: a sentence that names a Model UN ("the Model UN club",
"a Model United Nations conference") tells of students playing delegates, so its "Security Council", "delegation" and
"conference" are a club's exercise, not relations between states.

Only a sentence that names the simulation is masked, whole: the next sentence may tell of real affairs ("The real
Security Council meets on Friday")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of

#: The word that opens a simulation's name, in capitals as clubs and conferences write it ("Model UN").
_OPENERS = ("Model",)
#: The names of the simulated body that follow it.
_BODIES = frozenset(["UN", "U.N.", "United"])


def simulations(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans of the sentences that name a Model UN (or Model United Nations)."""
    offset = doc.start if isinstance(doc, Span) else 0
    spans = []
    for i in places_of(doc, _OPENERS):
        if i + 1 < len(doc) and doc[i + 1].text in _BODIES:
            sentence = doc[i].sent
            spans.append((max(sentence.start - offset, 0), min(sentence.end - offset, len(doc))))
    return spans
