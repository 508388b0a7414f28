"""A state's police told as a force it holds, sends or counts ("withdrew its police from the island", "to fund
Vanuatu's police", "15,000 soldiers and 2,000 police"): the words count for no theme. "Police" is a cue against war
and relations where it tells a crime story ("police said the gunman ..."); a police force owned by a state or counted
in a mission's ceiling is no such story, and it is no word of war either."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of, text_of

#: Possessives by which a paragraph gives a police force to a state told just before ("its police", "their police").
OWNERS = frozenset(["its", "their"])
#: Entity labels of a state that owns a police force ("Vanuatu's police").
STATES = frozenset(["GPE"])


def owned_police(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans of "police" owned by a state or counted as a contingent in a paragraph."""
    if "police" not in text_of(doc).lower():
        return []  # most paragraphs: no token to read
    tokens = doc  # read by index: a Token is made only for the words around "police"
    spans = []
    for i in places_of(doc, ("police",), lower=True):
        if i == 0:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].pos_ in ("NOUN", "PROPN"):
            continue  # "40 police officers", "its police chief": the people of a story, not a force held
        before = tokens[i - 1]
        owned = before.lower_ in OWNERS or (before.tag_ == "POS" and i > 1 and tokens[i - 2].ent_type_ in STATES)
        counted = before.like_num and before.lower_ not in ("one",)
        if owned or counted:
            spans.append((i, i + 1))
    return spans
