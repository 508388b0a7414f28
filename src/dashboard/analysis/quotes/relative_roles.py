"""Who "the director" or "the owner" is when the article gave the role only as a verb in a relative clause: "says Kim
Doucette, who has run the food bank since 2015" and later "the director says"; "Bernard Gosselin, who owns the
hardware store," and later "the owner said" or "the store owner said". The person last introduced so, before the
description, is meant; one introduced by the role's own verb ("who manages") before one by a broader verb ("who
runs")."""

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
    by_own_verb = by_any_verb = ""  # the last named with "who manages" (of "the manager"), and with "who runs" too
    for (q, start), name, _ in mentions:
        if (q, start) >= (p, token.i):
            break
        ent = people.entity(q, people.docs[q][start])
        clauses = [c for c in ent.root.children if _gives_role(c, noun)] if ent is not None else []
        by_any_verb = name if clauses else by_any_verb
        by_own_verb = name if any(_own_verb(c, noun) for c in clauses) else by_own_verb
    found = by_own_verb or by_any_verb
    return people.person(found) if found else None


def _own_verb(clause: Token, noun: str) -> bool:
    """Whether the clause's verb is the one the role noun is made from ("manage" of "manager", not "run"): "Flett,
    who has managed the store, … Rory Lam, who runs the project, … the manager says" is Flett."""
    return noun.startswith(clause.lemma_.lower().rstrip("e"))


def _gives_role(clause: Token, noun: str) -> bool:
    """ "who has run the food bank": a relative clause with "who" as its subject and a verb that makes one `noun`."""
    who = any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children)
    return clause.dep_ == "relcl" and who and noun in ROLE_VERBS.get(clause.lemma_.lower(), ())
