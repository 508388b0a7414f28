"""A "they" that stands for a coordinated subject just before it: "The chief and council of Nikik Lake pushed for the
program. They say …" is the chief and council, not a body that spoke earlier in the story. People or bodies joined by
"and" as the main subject of the sentence before, in the same paragraph, are a group a "they" may mean."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.roles import noun_phrase

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast


def coordinated_group(cast: Cast, p: int, they: Token) -> Speaker | None:
    """The group a subject "they" opening its sentence stands for when the sentence before has a main subject of
    nouns or names joined by "and" ("The chief and council …"); None otherwise."""
    sent = they.sent
    if they.lower_ != "they" or they.dep_ != "nsubj" or sent.start == 0 or they.i != _first_word(sent):
        return None
    before = they.doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.ent_type_ == "PERSON":
        return None
    joined = [c for c in subject.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    if not joined or not any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children):
        return None
    found = cast.speaker(p, subject)
    if found is not None and found.name and " and " in found.name:
        return found  # "Harbor Re and Vale Re", named together
    return Speaker("", "unnamed", noun_phrase(subject, with_preposition=True), plural=True)


def _first_word(sent) -> int:
    return next((t.i for t in sent if not t.is_punct), sent.start)
