"""Who speaks through "according to X" when X is no speaker the cast knows: a poll, a report, data, a writing. A
person or an organisation the recogniser tagged inside it speaks ("a poll by the Harbor Institute"); so does a body
named by its noun that issued the writing ("according to a news release from the department", after the Bellmont
Fire Department was named), which the cast resolves to that body's name as it does "the department said", when the
article named it so (not "a memo released by the agency's watchdog", a body described and never named). One that
only obtained or received the writing ("records obtained by the Ledger") is not its source (received_writings.py),
nor is one the writing tells of in a relative clause ("a recent survey that finds more residents dislike Ann Roe"):
only the subject of such a clause may have made it ("a survey that the Harbor Institute ran")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.received_writings import received_by
from dashboard.analysis.quotes.research_venues import research_venue
from dashboard.analysis.quotes.roles import noun_phrase

if TYPE_CHECKING:
    from dashboard.analysis.quotes.cues import Cue
    from dashboard.analysis.quotes.speakers import Cast

#: Prepositions that tie a writing to the one who issued it ("a release from", "a statement by").
_ISSUED = frozenset({"from", "by"})


def according_source(cast: Cast, p: int, cue: Cue) -> Speaker:
    """The source of "according to X" that is no person or organisation by itself: the person or organisation named
    in it, the body by whose noun it was issued, or else an unnamed source described by X."""
    for t in cue.subject.subtree:
        if received_by(t) or research_venue(t) or _told_of(t, cue.subject):  # "records obtained by the Ledger", "a
            continue  # study published in X", "a survey that finds residents dislike Ann Roe": none of them wrote it
        ent = cast.entity(p, t)
        label = cast.label(p, ent) if ent is not None else ""
        if label == "PERSON":
            return cast.person(cast.name_of(p, ent))
        if label == "ORG":  # "a poll by the Harbor Institute"
            return Speaker(cast.name_of(p, ent), "institution")
    for t in cue.subject.subtree:
        if t.dep_ == "pobj" and t.head.lower_ in _ISSUED and t.pos_ == "NOUN":  # "a news release from the department"
            found = cast.speaker(p, t)
            if found is not None and found.kind == "institution" and _named_before(cast, found.name):
                return found  # not "a memo released by the agency's watchdog", a body the article never named
    return Speaker("", "unnamed", noun_phrase(cue.subject, with_preposition=True))


def _named_before(cast: Cast, name: str) -> bool:
    """Whether the article named an organisation so, not only described one by its noun."""
    return bool(name) and any(named == name for _, named, _ in cast.orgs)


def _told_of(token: Token, source: Token) -> bool:
    """Whether the token stands in a relative clause of the source, outside the clause's subject: what the writing
    tells of ("a survey that finds residents dislike Ann Roe"), not who made it."""
    t = token
    while t.i != source.i and t.head.i != t.i:
        if t.dep_ == "relcl":
            return not any(c.dep_ == "nsubj" and c.left_edge.i <= token.i <= c.right_edge.i for c in t.children)
        t = t.head
    return False
