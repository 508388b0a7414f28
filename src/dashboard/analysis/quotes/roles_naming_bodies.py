"""A role whose own words name the body it is held at ("group chief executive of the state oil company Y", "company
secretary at Y"): a noun such as "group" or "company" set before that role is part of the title (the chief executive
of the whole group of companies), and no pointer back to a group or company the article named before."""

from __future__ import annotations

from spacy.tokens import Token

#: Prepositions that tie a role to the body it is held at.
_HELD_AT = frozenset({"of", "at"})


def names_its_body(role: Token) -> bool:
    """The role noun takes "of" or "at" and a capitalised name after it ("executive of the oil company Y")."""
    return any(
        t.pos_ == "PROPN" and t.is_title
        for prep in role.children
        if prep.dep_ == "prep" and prep.lower_ in _HELD_AT
        for t in prep.subtree
    )
