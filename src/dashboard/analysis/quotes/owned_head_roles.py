"""A person named between two descriptions ("The group's lawyer, X, an environmental lawyer who has fought three
permits, said"): when the second one speaks for the person but names no body, the body the first one's owner names
("the group's", "its") is the person's still, while the second's role stands, as it says more of the person."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.affiliations import Refer, described_affiliation
from dashboard.analysis.quotes.mentions import Mentions


def with_head_owner(
    described: tuple[str, str, bool], root: Token, mentions: Mentions, p: int, refer: Refer | None
) -> tuple[str, str, bool]:
    """The (role, affiliation, apposed) of the second description, with the body of the owned role noun ("the
    group's lawyer", "its chair") the name is set beside as its apposition when the second names none."""
    role, body, apposed = described
    head = root.head
    if body or root.dep_ != "appos" or head.i > root.i or head.pos_ != "NOUN":
        return described
    if not any(c.dep_ == "poss" for c in head.children):
        return described
    owner = described_affiliation(head, mentions, p, refer)
    return role, owner.name if owner is not None else body, apposed
