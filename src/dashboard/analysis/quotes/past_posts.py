"""A post a relative clause says a person held before ("X, who was deputy finance minister in 2013, said"): the past
tense of "was" makes a former holder of the post, who by GUIDELINES speaks as an expert, not from office; the present
("who is a fellow at Y") keeps the post as it is."""

from __future__ import annotations

from spacy.tokens import Token


def former_if_past(role: str, verb: Token) -> str:
    """The role, marked "former" when the clause's "be" that gives it is in the past tense and it says no such thing
    already."""
    if verb.tag_ != "VBD" or not role or {"former", "ex", "then"} & set(role.casefold().split()):
        return role
    return f"former {role}"
