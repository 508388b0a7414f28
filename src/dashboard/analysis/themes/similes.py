"""People likened to those who make war or relations between states: "they argued like real diplomats", "the crew
fought like soldiers", "she bargained like a seasoned negotiator". A role after "like" says how someone behaved, not
that the role is there, so the simile's words count for no theme. "Like" before a state or a people ("countries like
Chile") is no simile of a role and is left alone."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of

#: The roles of war and of relations between states that a simile borrows.
ROLES = frozenset(
    ["diplomat", "soldier", "general", "warrior", "negotiator", "ambassador", "statesman", "statesmen", "envoy"]
)
#: The words that may stand between "like" and the role ("like a real diplomat", "like seasoned soldiers").
_BETWEEN = frozenset(["a", "an", "real", "true", "seasoned", "trained", "professional", "old", "veteran"])


def similes(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans of a role in a simile ("like real diplomats"), from "like" to the role."""
    spans = []
    for i in places_of(doc, ("like",), lower=True):
        if doc[i].pos_ not in ("ADP", "SCONJ"):
            continue
        end = i + 1
        while end < len(doc) and doc[end].lower_ in _BETWEEN:
            end += 1
        if end < len(doc) and doc[end].lemma_.lower() in ROLES:
            spans.append((i, end + 1))
    return spans
