"""A number of a group as the speaker of a cue ("two of the sources said", "three of them told Reuters"): an unnamed
group, as "one of them" is; not a bare number ("In 2019, 12 said …"), nor a number of things ("two of the reports")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import DOCUMENT_NOUNS

#: Pronouns that stand for the group counted from ("two of them").
_GROUP_PRONOUNS = frozenset({"them", "us", "those", "these"})


def counted_of(token: Token) -> bool:
    """ "two of the sources", "three of them": a number with "of" and a plural of people after it."""
    if not (token.like_num or token.pos_ == "NUM") or token.tag_ != "CD":
        return False
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if group is None:
        return False
    if group.lower_ in _GROUP_PRONOUNS:
        return True
    return group.tag_ in ("NNS", "NNPS") and group.lemma_.lower() not in DOCUMENT_NOUNS


def body_of_things(token: Token) -> bool:
    """ "a large body of work suggests", "a body of evidence shows": a mass of things, no body that speaks (unlike
    "the body said" of an organisation named before)."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    things = of is not None and any(c.dep_ == "pobj" and c.pos_ != "PROPN" for c in of.children)
    return token.lemma_.lower() == "body" and things
