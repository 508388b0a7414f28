"""What after a cue's object still belongs to what was said: "called for a ban in May after the storm", "emphasized
the alignment … as a way to assert …", "pointed to the tax as the cause", not ", adding …"."""

from __future__ import annotations

from spacy.tokens import Token

#: Dependents after an object that still belong to what was said about it.
_AFTER_OBJECT = frozenset({"prep", "advcl", "npadvmod", "oprd"})


def still_said(child: Token, after: str) -> bool:
    """A dependent after the object still said: "called for a ban in May after the storm", not ", adding …"."""
    if after == "point":  # "pointed to the tax as the cause": only the role given to what was pointed to
        return child.dep_ == "prep" and child.lower_ == "as"
    if after == "call":
        return (
            child.dep_ in ("prep", "npadvmod")
            or child.dep_ == "advcl"
            and any(c.dep_ == "mark" for c in child.children)
        )
    return child.dep_ in _AFTER_OBJECT
