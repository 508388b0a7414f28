"""Objects of "say" that tell how much was said, not what ("has said little in public", "said nothing about it")."""

from __future__ import annotations

from spacy.tokens import Token

#: Objects of "say" that tell how much was said, not what.
_HOW_MUCH = frozenset({"little", "nothing", "much", "anything", "something", "everything"})


def said_little(verb: Token) -> bool:
    """ "has said little in public", "said nothing about it": an object that tells how much was said, with no verb
    after it that would make it the subject of what was said ("said nothing would change")."""
    doc = verb.doc
    for obj in (c for c in verb.rights if c.dep_ == "dobj"):
        after = doc[obj.i + 1] if obj.i + 1 < len(doc) else None
        if obj.lower_ in _HOW_MUCH and (after is None or after.pos_ not in ("VERB", "AUX")):
            return True
    return False
