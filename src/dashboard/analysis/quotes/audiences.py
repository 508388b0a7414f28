"""Organisations a speaker spoke to ("told AFP", "said in an interview with Reuters", "speaking to The Canadian
Press"): the audience of what was said, never the group a later "spokesman for the group" or "its chief" means."""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs and nouns of speaking whose object or "to"/"with" complement is who was spoken to.
_SPEAKING = frozenset({"tell", "say", "speak", "talk", "interview", "explain", "confirm", "write", "insist"})


def spoken_to(token: Token) -> bool:
    """Whether the name whose root is `token` is who a speaker addressed: the object of "told", or "to"/"with"
    after a verb or noun of speaking ("told AFP", "speaking to Reuters", "in an interview with AP")."""
    if token.dep_ in ("dobj", "dative") and token.head.lemma_.lower() == "tell":
        return True
    if token.dep_ != "pobj" or token.head.lower_ not in ("to", "with"):
        return False
    return token.head.head.lemma_.lower() in _SPEAKING
