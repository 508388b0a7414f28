"""The legislature a party's post is held in, kept in the role: "X, the leader of the Y group in the National Assembly,"
gives the affiliation Y and, without this, the role "leader", which says nothing of a seat; "the Y group leader in
parliament" likewise. With "in the National Assembly" the role tells a legislator from a club's or a company's group
leader (party_posts_in_parliament.py)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import LEGISLATURES

#: Names of legislatures: capitalised in a name ("the National Assembly", "the Bundestag"), or "parliament" in any case
#: ("in parliament"); a lower-case "assembly" or "congress" is as often a factory's line or a party's meeting, and a
#: "House" as often a firm's or a palace's name.
LEGISLATURE_NAMES = LEGISLATURES - {"house"}


def _names_a_legislature(phrase: Token) -> bool:
    """Whether a preposition's object names a legislature ("the National Assembly", "parliament")."""
    found = (t for t in phrase.subtree if t.lower_ in LEGISLATURE_NAMES)
    return any(t.lower_ == "parliament" or t.text[:1].isupper() for t in found)


def seat_of(noun: Token) -> str:
    """ "in the National Assembly" of a role noun ("leader") or of the group its "of" phrase names ("leader of the Y
    group in parliament"), when that phrase names a legislature; else ""."""
    heads = [noun, *(o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children)]
    for head in heads:
        for prep in head.children:
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            if prep.dep_ == "prep" and prep.lower_ == "in" and objects and _names_a_legislature(objects[0]):
                return noun.doc[prep.i : objects[0].i + 1].text
    return ""


def with_seat(noun: Token, role: str) -> str:
    """`role` with the legislature its post is held in ("leader in the National Assembly"), unless it names it."""
    seat = seat_of(noun) if noun.lower_ in ("leader", "leaders", "whip", "chair", "chairman", "chairwoman") else ""
    return f"{role} {seat}" if seat and seat not in role else role
