"""What an "it" stands for when the last name before it is only a place. Inside a sentence whose own subject is a
common noun before the "it" ("His team in Ohio is bracing for a long race that it says will …", "The constitution
makes no mention of arms, although it does say …"), it takes up that noun, not the place named in passing (a team's
base, a country's constitution). A place named only as a word of another noun ("the former U.S. senator") is no
antecedent at all: such an "it" stands for what the text named further back (a newspaper), not the place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import Speaker
    from dashboard.analysis.quotes.speakers import Cast

#: Dependencies of a name that only modifies another noun ("U.S. senator", "Ohio-based").
_MODIFIER = frozenset({"compound", "amod", "nmod"})


def not_a_place(cast: Cast, p: int, it: Token, found: Speaker | None) -> Speaker | None:
    """The speaker "it" stands for when it was taken for `found`, a place: its sentence's subject, or no one when the
    place was named only as a modifier in this paragraph and the one before; `found` otherwise."""
    if found is None or not found.name:
        return found
    mentions = [(pos, label) for pos, name, label in cast.orgs if name == found.name]
    if not mentions or any(label in ("ORG", "PERSON") for _, label in mentions):
        return found
    if (noun := _subject_before(it)) is not None:
        return cast.speaker(p, noun)  # "his team in Ohio is bracing for a race that it says …": the team
    near = [pos for pos, _ in mentions if (p - 1, 0) <= pos < (p, it.i)]
    return None if near and all(cast.docs[q][k].dep_ in _MODIFIER for q, k in near) else found


def _subject_before(it: Token) -> Token | None:
    """The one singular common noun that is the main subject of the sentence of `it`, before it, when `it` is the
    subject of another clause of that sentence."""
    root = it.sent.root
    if it.head == root:
        return None  # "It says …" opening its sentence: the one it names
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < it.i]
    noun = subjects[0] if len(subjects) == 1 else None
    return noun if noun is not None and noun.tag_ == "NN" and not noun.ent_type_ else None
