"""The person named after a title whose owner's name has an "and" ("Trinidad and Tobago's Energy Minister, Ann Roe,
said"), which the parser reads as three subjects joined by "and": the place, the rest of its name, and the title."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import TITLES


def holder_after_joined_owner(subject: Token) -> Token:
    """The name set off after the title when the subject is the first word of an owner's name joined by "and" and a
    possessive stands between it and the title it is read as joined to ("Newfoundland and Labrador's Fisheries
    Minister, Ann Roe,": Roe); the subject itself otherwise."""
    if subject.pos_ != "PROPN" or subject.ent_type_ == "PERSON":
        return subject
    for title in (c for c in subject.children if c.dep_ == "conj" and c.lower_ in TITLES and c.is_title):
        between = subject.doc[subject.i + 1 : title.i]
        owned = any(t.tag_ == "POS" for t in between)  # "Newfoundland and Labrador's"
        if owned and all(t.is_title or t.tag_ == "POS" or t.lower_ == "and" for t in between):
            name = next((c for c in title.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
            if name is not None:
                return name
    return subject
