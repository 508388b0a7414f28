"""The organisation "the company" stands for when the sentence right before it has one of that organisation's people
as its subject: "Elmside’s chief executive, Ann Moss, declined an interview. In a written statement, the company
said …" is Elmside, not a newspaper that shared documents or a body that acted a paragraph before. The person's role
ties them to the organisation ("Elmside’s chief executive", "the owner of Elmside"), and an answer given "in a
statement" after their refusal is the organisation's; no body may have spoken or acted since it was named. A part of
`Institutions._org_named_before` (institutions.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.body_phrases import may_mean
from dashboard.analysis.quotes.kinds import ROLE_WORDS

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

Position = tuple[int, int]


def body_of_holder_before(cast: People, p: int, token: Token, recent: list[tuple[Position, str]]) -> str:
    """The name of the organisation that owns the role of the main subject of the sentence before "the <noun>" (token
    of paragraph p), when no body of `recent` (those that spoke or acted) did so after it was named; "" otherwise."""
    doc = cast.docs[p]
    if token.sent.start == 0:
        return ""
    before = doc[token.sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in ROLE_WORDS:
        return ""
    owners = [c for c in subject.children if c.dep_ == "poss"]
    owners += [o for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    for owner in owners:
        ent = cast.entity(p, owner)
        name = cast.name_of(p, ent) if ent is not None and cast.label(p, ent) == "ORG" else ""
        if not name or not may_mean(name, token):  # not "Ontario’s chief medical officer", a place's
            continue
        if any(pos > (p, owner.i) for pos, _ in recent):
            return ""
        return name
    return ""
