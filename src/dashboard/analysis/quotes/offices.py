"""Whom "<owner>'s office" speaks for: "His office said …", "Powell's office said", "The minister's office said":
the person the owner is (a pronoun resolved, a name, a role the article tied to a named person), else an unnamed
source described as that office ("the Ontario transportation minister's office"); "the office" alone after one of
them is the same. The office of a prosecutor, an auditor or an ombudsman is a standing body that speaks as itself
("the anti-corruption prosecutor's office said"), when no person the article names holds that role; so is any office
the article named in full before it calls it by its owner's role ("the sheriff's office said" after the "Tolliver County
Sheriff's Office"), under that full name. "Whose office" speaks for the one its relative clause describes ("the
public counsel, whose office has filed …")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import PERSON_POSSESSIVES
from dashboard.analysis.quotes.office_of_owners import owner_after_of
from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.roles import noun_phrase

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast

#: Roles whose office is a standing public body, not one person's staff ("the prosecutor's office").
_STANDING_OFFICES = frozenset({"prosecutor", "auditor", "ombudsman", "comptroller", "coroner"})


def office_speaker(cast: Cast, p: int, noun: Token) -> Speaker | None:
    """The speaker a subject "<owner>'s office" stands for, or None when the noun is no person's office (a proper
    name's "Office", "its office", "the office" alone)."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if noun.lower_ != "office" or noun.tag_ != "NN":
        return None
    owners = owners or [o for o in (owner_after_of(noun),) if o is not None]  # "the office of Minister X"
    if not owners:  # "His office said …. The office said …": the office that spoke before
        before = _office_before(cast, p, noun) if [t.lower_ for t in noun.subtree] == ["the", "office"] else None
        return office_speaker(cast, *before) if before is not None else None
    owner = owners[0]
    if owner.lower_ == "whose":  # "said the public counsel, whose office has filed …": the one the clause describes
        described = noun.head.head if noun.dep_.startswith("nsubj") and noun.head.dep_ == "relcl" else None
        return cast.speaker(p, described) if described is not None and described.pos_ in ("NOUN", "PROPN") else None
    if owner.lower_ in PERSON_POSSESSIVES:
        return cast.resolve_person(p, owner.i, PERSON_POSSESSIVES[owner.lower_])
    if owner.pos_ == "PRON":
        return None
    found = cast.speaker(p, owner)
    if found is not None and found.name and found.kind != "institution":
        return found
    if owner.pos_ == "NOUN" and (named := _office_named_before(cast, p, noun, owner)):  # "the sheriff's office"
        return Speaker(named, "institution")  # after the "Tolliver County Sheriff's Office" was named
    if owner.pos_ == "NOUN" and owner.lemma_.lower() in _STANDING_OFFICES:  # "the prosecutor's office said"
        return Speaker(noun_phrase(noun), "institution")
    if owner.pos_ == "NOUN":  # a role no named person holds here
        return Speaker("", "unnamed", noun_phrase(noun))
    return None


def _office_named_before(cast: Cast, p: int, noun: Token, owner: Token) -> str:
    """The latest organisation named before the noun whose name ends with "<owner>'s Office" ("Tolliver County
    Sheriff's Office" for "the sheriff's office"), or ""."""
    ending = f"{owner.lower_} office"
    names = [name for pos, name, _ in cast.orgs if pos < (p, noun.i)]
    return next((n for n in reversed(names) if _folded(n).endswith(ending)), "")


def _folded(name: str) -> str:
    """A name in lower case without its possessive marks ("Sheriff\u2019s Office" -> "sheriff office")."""
    return " ".join(name.lower().replace("\u2019s", "").replace("'s", "").split())


def _office_before(cast: Cast, p: int, noun: Token) -> tuple[int, Token] | None:
    """The last "<owner>'s office" that was the subject of a clause before the noun, in its paragraph or the one
    before."""
    for q in (p, p - 1):
        if q < 0:
            continue
        doc = cast.docs[q]
        found = [
            t
            for t in doc[: noun.i if q == p else len(doc)]
            if t.lower_ == "office" and t.dep_ == "nsubj" and any(c.dep_ == "poss" for c in t.children)
        ]
        if found:
            return q, found[-1]
    return None
