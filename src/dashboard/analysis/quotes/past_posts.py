"""A public post a relative clause says a person held before ("X, who was deputy finance minister in 2013, said"):
the past tense of "was" makes a former holder of the post, who by GUIDELINES speaks as an expert, not from office; the
present ("who is a fellow at Y") keeps the post as it is, and a past part that is no public office ("who was the guest
of honour", "who was a pastor") says nothing of what the person speaks as now."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.kinds import kind_of


def former_if_past(role: str, body: str, verb: Token) -> str:
    """The role, marked "former" when the clause's "be" that gives it is in the past tense, it is a public office
    (with the body it names) and it says no such thing already."""
    if verb.tag_ != "VBD" or not role or {"former", "ex", "then"} & set(role.casefold().split()):
        return role
    if kind_of(role, body) != "official":
        return role
    return f"former {role}"
