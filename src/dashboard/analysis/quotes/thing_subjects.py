"""What an "it" inside a sentence stands for when the last name before it is a place: "His team in Ohio is bracing
for a long race that it says will …", "The constitution makes no mention of arms, although it does say …". The
sentence's own subject, a common noun before the "it", is what the "it" takes up, not the place named in passing (a
team's base, a country's constitution), which says nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import Speaker
    from dashboard.analysis.quotes.speakers import Cast


def subject_instead_of_place(cast: Cast, it: Token, found: Speaker | None) -> Token | None:
    """The singular common noun that is the main subject of the sentence of `it`, before it, when `found` (what "it"
    was taken for) is only ever named as a place; None otherwise."""
    if found is None or not found.name:
        return None
    labels = {label for _, name, label in cast.orgs if name == found.name}
    if not labels or labels & {"ORG", "PERSON"}:
        return None
    root = it.sent.root
    if it.head == root:
        return None  # "It says …" opening its sentence: the one it names
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < it.i]
    noun = subjects[0] if len(subjects) == 1 else None
    return noun if noun is not None and noun.tag_ == "NN" and not noun.ent_type_ else None
