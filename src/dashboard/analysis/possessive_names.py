"""A name the recogniser ran together with its owner across a possessive mark: "The Social Democrats’ Eoin Brannigan"
or "Tonga’s Sione Fifita" tagged as one organisation. The steps that mend such entities (given_named_people and its
country_owned_people rule) split them at the one mark into the owner and the name after it."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.doc_text import places_of

#: The possessive marks the tokeniser splits off a name ("Democrats’", "Labour’s", "Tonga’s").
POSSESSIVE_MARKS = frozenset({"’", "'", "’s", "'s"})


def split_at_possessive(ent: Span, marks: frozenset[str] = POSSESSIVE_MARKS) -> tuple[Span, Span] | None:
    """The owner (without a leading "the") and the words after its possessive mark, when `ent` holds exactly one of
    `marks`; None otherwise. Found by key: no Token is made of the entity's other words."""
    found = places_of(ent, marks)
    if len(found) != 1:
        return None
    doc, mark = ent.doc, ent.start + found[0]
    start = ent.start + (ent[0].lower_ == "the")
    return doc[start:mark], doc[mark + 1 : ent.end]
