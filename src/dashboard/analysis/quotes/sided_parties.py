"""A party named by the side it sits on: "the opposition Union for Renewal", "the ruling Movement for Unity". Only a
party sits in opposition or rules under a name of its own, whatever the name's head word (a union, a movement, an
alliance) would make it, so its leaders and lawmakers are officials as a party's are and its spokespeople other."""

from __future__ import annotations

from spacy.tokens import Span

#: Words right before a name that say the side a party sits on.
_SIDES = frozenset({"opposition", "ruling"})


def named_by_its_side(ent: Span) -> bool:
    """Whether the word that opens the organisation's name or stands right before it (past a "the"), in lower case,
    is "opposition" or "ruling" and modifies the name ("of the opposition Union for Renewal", which the recogniser
    may tag with "the opposition" in it)."""
    words = [t for t in ent if t.dep_ != "det"]
    inside = len(words) > 1 and words[0].lower_ in _SIDES and words[0].text.islower()
    before = ent.doc[ent.start - 1] if ent.start else None
    return inside or before is not None and before.lower_ in _SIDES and before.text.islower() and before.head in ent
