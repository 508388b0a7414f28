"""A firm named after its partners, set after one of them: "Felix Hartmann of Hartmann Lowe" or "Dana Royce of Royce
& Vale". Law, accounting and architecture firms bear their founding partners' surnames, so the recogniser takes the
name for a person's; a name of two words or more after "of" that opens with the surname of the person it is set
after is the firm that person works at, no one else of the story."""

from __future__ import annotations

from spacy.tokens import Span


def partner_of_named_firm(ent: Span) -> bool:
    """Whether `ent` (tagged a person) is a firm named after the person right before its "of" ("Felix Hartmann of
    Hartmann Lowe")."""
    preposition = ent.root.head
    if len(ent) < 2 or ent.root.dep_ != "pobj" or preposition.lower_ != "of" or preposition.i + 1 != ent.start:
        return False
    partner = preposition.head
    return partner.ent_type_ == "PERSON" and partner.i + 1 == preposition.i and partner.text == ent[0].text
