"""A "they" that stands for two people named together just before it: "Ada Roe and Tom Lind of Kestrel University
suggest the plan failed. The city could have acted sooner, they argue" is the pair, who speak as "Ada Roe and Tom
Lind suggest" does. The pair must be the main subject of the sentence right before the one with "they" (in the
same paragraph, or the last sentence of the paragraph before when "they" is in the first sentence of its own)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.people import Speaker

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast


def named_pair_before(cast: Cast, p: int, they: Token) -> Speaker | None:
    """The pair of named people a subject "they" stands for when the sentence before has them as its main subject,
    joined by "and" ("Ada Roe and Tom Lind suggest …"), as the cast names that subject; None otherwise."""
    if they.lower_ != "they" or they.dep_ != "nsubj":
        return None
    sent = they.sent
    if sent.start > 0:
        q, before = p, they.doc[sent.start - 1].sent
    elif p > 0 and len(cast.docs[p - 1]):
        q, before = p - 1, cast.sentences[p - 1][-1]
    else:
        return None
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or not _pair(subject) or _others_before(sent, they):
        return None
    found = cast.speaker(q, subject)
    return found if found is not None and found.name and found.kind not in ("institution", "unnamed") else None


def _pair(subject: Token) -> bool:
    """A subject whose words up to its head or the name joined to it are two people's names and one "and" ("Ada Roe
    and Tom Lind", "Mr. Roe and Mr. Lind"), however the parser hung one name on the other."""
    end = max([subject.i] + [c.i for c in subject.children if c.dep_ == "conj"])
    words = list(subject.doc[subject.left_edge.i : end + 1])
    ands = [k for k, t in enumerate(words) if t.lower_ == "and"]
    if len(ands) != 1 or any(t.pos_ != "PROPN" for k, t in enumerate(words) if k != ands[0]):
        return False
    sides = words[: ands[0]], words[ands[0] + 1 :]
    return all(side and side[-1].ent_type_ == "PERSON" for side in sides)


def _others_before(sent, they: Token) -> bool:
    """People or groups named in the sentence of "they", before it, whom it may stand for instead."""
    return any(
        t.ent_type_ in ("PERSON", "NORP", "ORG") or t.tag_ == "NNS" and t.dep_ == "nsubj" for t in sent if t.i < they.i
    )
