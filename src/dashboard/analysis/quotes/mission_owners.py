"""A state's mission named as the subject of the sentence before "its" ("Malaysia's mission to the United Nations
had circulated a map. Its ambassador, X, said"): the envoy's "its" means the mission, whose name holds the body or
state it is sent to; that body, named last and tagged, is where the envoy serves, not whom."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.lexicon import ENVOY_NOUNS
from dashboard.analysis.quotes.seated_missions import MISSION_NOUNS
from dashboard.analysis.quotes.spoken_owners import sentence_before

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

#: Nouns of a state's missions to a body or another state: those seated in a city, and its mission or delegation.
_MISSIONS = MISSION_NOUNS | words("mission delegation")


def mission_its_means(cast: People, p: int, token: Token) -> list[str]:
    """[the mission] when "its" opens a sentence as the owner of an envoy's noun ("Its ambassador") and the subject
    of the sentence before is a mission a state owns ("Malaysia's mission to the United Nations"); [] otherwise."""
    if token.lower_ != "its" or token.dep_ != "poss" or not token.is_sent_start:
        return []
    if token.head.lemma_.lower() not in ENVOY_NOUNS:
        return []
    _, sentence = sentence_before(cast, p, token)
    root = sentence.root if sentence is not None else None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    if subject is None or subject.lemma_.lower() not in _MISSIONS:
        return []
    if not any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in subject.children):
        return []  # "Its ambassador" after "The mission said": the state is not named with it
    sent_to = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ == "to"), None)
    end = max(t.i for t in sent_to.subtree) if sent_to is not None else subject.i
    start = subject.left_edge.i + (subject.doc[subject.left_edge.i].dep_ == "det")
    return [subject.doc[start : end + 1].text]
