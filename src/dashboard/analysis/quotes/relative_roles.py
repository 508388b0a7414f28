"""Who "the director" or "the owner" is when the article gave the role only as a verb in a relative clause: "says Kim
Doucette, who has run the food bank since 2015" and later "the director says"; "Bernard Gosselin, who owns the
hardware store," and later "the owner said" or "the store owner said". The person last introduced so, before the
description, is meant."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.people import People, Speaker

#: Verbs of a relative clause ("who runs …") and the role nouns they give the person.
ROLE_VERBS: dict[str, frozenset[str]] = {
    "run": frozenset({"director", "head", "manager", "operator", "owner"}),
    "own": frozenset({"owner"}),
    "manage": frozenset({"manager"}),
    "direct": frozenset({"director"}),
    "found": frozenset({"founder"}),
    "lead": frozenset({"leader", "head"}),
    "coach": frozenset({"coach"}),
    "teach": frozenset({"teacher"}),
    "chair": frozenset({"chair", "chairman", "chairwoman", "chairperson"}),
    "organize": frozenset({"organizer", "organiser"}),
    "organise": frozenset({"organizer", "organiser"}),
}


def relative_role_holder(
    people: People, mentions: list[tuple[tuple[int, int], str, int]], p: int, token: Token
) -> Speaker | None:
    """ "the director", "the shop owner" (the noun after "the" and common nouns): the person last named with a
    relative clause whose verb gives that role ("…, who has run the food bank,"); `mentions` holds where the article
    names each person, in order."""
    noun = token.lower_
    kinds = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.text.islower()]
    if not definite(token) or [t.lower_ for t in token.subtree] != ["the", *(k.lower_ for k in kinds), noun]:
        return None  # "the owner", "the shop owner" (of a store or a shop); not "the owner of the mill"
    found = ""
    for (q, start), name, _ in mentions:
        if (q, start) >= (p, token.i):
            break
        ent = people.entity(q, people.docs[q][start])
        if ent is not None and any(_gives_role(c, noun) for c in ent.root.children):
            found = name
    return people.person(found) if found else None


def _gives_role(clause: Token, noun: str) -> bool:
    """ "who has run the food bank": a relative clause with "who" as its subject and a verb that makes one `noun`."""
    who = any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children)
    return clause.dep_ == "relcl" and who and noun in ROLE_VERBS.get(clause.lemma_.lower(), ())
