"""The organisation "whose" of a person's role means: the noun the relative clause describes. In "made by Corrivale
Therapeutics, whose founder and chief executive, Ben Tiller, said …" the founder is Corrivale Therapeutics', as "its
founder" would be after the company's name; the parser hangs the role on the name either as the subject of the
clause ("Therapeutics, whose founder said") or, with the clause's verb taken for the root, as its apposition. A name
set beside such a role is the one the clause speaks of (`named_beside_whose_role`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from dashboard.analysis.quotes.found import Found
    from dashboard.analysis.quotes.mentions import Mentions


def owner_of_whose(token: Token, mentions: Mentions, p: int, at: Callable) -> Found | None:
    """The organisation `at` finds at the noun a "whose" that owns a role is said of; None for any other token."""
    if token.lower_ != "whose" or token.dep_ != "poss":
        return None
    role = token.head
    if role.dep_ in ("appos", "conj"):  # "Corrivale Therapeutics, whose founder, Ben Tiller, said", "said" the root
        owner = role.head if role.dep_ == "appos" else role.head.head
    elif role.dep_.startswith("nsubj") and role.head.dep_ == "relcl":  # "…, whose founder said"
        owner = role.head.head
    else:
        return None
    found = at(owner, mentions, p)
    return found if found is not None and not found.place else None


def named_beside_whose_role(name: Token) -> bool:
    """Whether a name stands in apposition to a role "whose" owns ("whose founder and chief executive, Ben Tiller,")."""
    if name.dep_ != "appos":
        return False
    before = [c for c in name.head.children if c.dep_ == "appos" and c.i < name.i]  # the role hung, as the name is,
    roles = [name.head, *before[-1:]]  # on the company ("X Pharmaceuticals, whose founder, Tomas Grieg,")
    roles += [c for role in roles for c in role.conjuncts]  # "whose founder and chief executive"
    return any(c.dep_ == "poss" and c.lower_ == "whose" for role in roles for c in role.children)
