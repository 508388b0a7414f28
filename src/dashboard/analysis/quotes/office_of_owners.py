"""The owner of an office named after it: "the office of Transport Minister Gina Lavoie said", "according to the
office of the premier" read as "Lavoie's office" and "the premier's office" do, so that the office speaks for the
person who holds it (offices.office_speaker) rather than as a body named "office"."""

from __future__ import annotations

from spacy.tokens import Token

#: Words a person's name or role may stand for after "the office of" ("the office of the premier").
_PERSONAL_TYPES = frozenset({"PERSON", ""})


def owner_after_of(noun: Token) -> Token | None:
    """The person or role right after "office of", when the parse hangs it on the noun; else None."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != noun.i + 1:
            continue
        owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if owner is not None and owner.ent_type_ in _PERSONAL_TYPES and owner.pos_ in ("PROPN", "NOUN"):
            return owner
    return None
