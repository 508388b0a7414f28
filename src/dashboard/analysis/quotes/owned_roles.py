"""A role owned by the body its holder serves: "the bloc's lead negotiator said" after "the European Union's lead
negotiator, X,", "the agency's administrator said" after "the agency's administrator, X,". Reporters who named a person
once by a post of a body call them later by the same post, owned by the body's name or by a definite word for it, as
they say "the mayor"; the owner tells which of the people named with that post is meant: a name must be the person's
organisation ("the European Union's", not "Brazil's", for a negotiator of the European Union), and a common noun for a
body with "the" ("the bloc's", "the agency's", "the club's") fits anyone named with the post; a person's noun ("the
victim's lawyer") owns no such post."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS
from dashboard.analysis.quotes.people import Profile


def role_owner(children: list[Token]) -> Token | None:
    """The owner of a role noun (among its children): a name ("the European Union's", "Brazil's") or "the" and a
    common noun of a body ("the bloc's", "the company's"); None for another or none ("his", "a company's", "the
    victim's")."""
    for child in children:
        if child.dep_ != "poss":
            continue
        if child.pos_ == "PROPN" and child.text[:1].isupper():
            return child
        if child.pos_ != "NOUN" or not child.is_lower or child.lemma_.lower() in PEOPLE_NOUNS:
            continue
        if any(c.dep_ == "det" and c.lower_ == "the" for c in child.children):
            return child
    return None


def owner_fits(owner: Token | None, profile: Profile) -> bool:
    """Whether a person may hold a role of this owner: any when there is no owner; for a name, every word of it is a
    word of the person's organisation; a word for a body fits anyone ("the agency's administrator" of an agency the
    article may name only as "the agency")."""
    if owner is None or owner.pos_ == "NOUN":
        return True
    name = [t.lower_ for t in owner.subtree if t.dep_ not in ("case", "det", "punct")]
    return bool(name) and set(name) <= set(profile.affiliation.lower().split())
