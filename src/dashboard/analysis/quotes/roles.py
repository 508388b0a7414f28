"""A speaker's role, affiliation and kind from the words around a name, and the words of a noun phrase.

"Philipp Ivanov, a nonresident senior fellow at the Asia Society Policy Institute" gives the role
"nonresident senior fellow" and the affiliation "Asia Society Policy Institute"; "Russian President
Vladimir Putin" gives the role "Russian President"; the kind follows from role words and the kind of
organisation (a fellow or a think tank makes an analyst, a minister or a ministry an official).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dashboard.analysis.names import GENDERED_TITLES
from dashboard.analysis.quotes.lexicon import (
    ANALYST_WORDS,
    OFFICIAL_WORDS,
    OTHER_WORDS,
    PEOPLE_NOUNS,
    PORTFOLIOS,
    RESEARCH_ORG_WORDS,
    STATE_ORG_WORDS,
)
from dashboard.analysis.quotes.mentions import Mentions

ORG_LABELS = frozenset({"ORG", "GPE", "FAC"})
_WORDS = re.compile(r"[a-z][a-z-]*")
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case"})
_AFFILIATION_PREPS = frozenset({"at", "of", "from", "with", "for", "in"})
#: Verbs of a relative clause that tie a person to an organisation ("who heads the institute").
_WORKS_AT = frozenset({"head", "lead", "direct", "run", "chair", "work", "teach", "serve", "advise", "found"})


def kind_of(role: str, affiliation: str) -> str:
    """analyst, official or other, from the role words and the kind of organisation."""
    words = set(_WORDS.findall(role.lower()))
    org = set(_WORDS.findall(affiliation.lower()))
    research, state = bool(org & RESEARCH_ORG_WORDS), bool(org & STATE_ORG_WORDS)
    if words & ANALYST_WORDS or "former" in words:  # former officials speak as experts
        return "analyst"
    if words & OFFICIAL_WORDS:
        return "official"
    if words & OTHER_WORDS:
        return "other"
    if research:
        return "analyst"
    if state:
        return "official"
    return "other"


def describe(root: Token, ent: Span, mentions: Mentions, p: int) -> tuple[str, str, bool]:
    """(role, affiliation, from an apposition) of a person mention, from the words around the name."""
    doc = ent.doc
    affiliation = ""
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i and child.pos_ in ("NOUN", "ADJ") and _set_off(child):
            return _role_of(child, mentions, p), _affiliation(child, mentions, p), True
        if child.dep_ == "relcl" and child.lemma_ == "be":  # "X, who is a senior fellow at Y,"
            attr = next((c for c in child.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
            if attr is not None:
                return _role_of(attr, mentions, p), _affiliation(attr, mentions, p), True
        if child.dep_ == "relcl" and child.lemma_ in _WORKS_AT and not affiliation:  # "X, who heads Y,"
            affiliation = _org_in(child, mentions, p)
        if child.dep_ == "prep" and child.lower_ in _AFFILIATION_PREPS and not affiliation:
            affiliation = _org_in(child, mentions, p)
    left = [t for word in ent for c in word.lefts if c.dep_ in _MODIFIER_DEPS and c.i < ent.start for t in c.subtree]
    if root.dep_ == "appos" and root.head.i < root.i and root.head.pos_ == "NOUN":  # "the mayor, Bill Smith"
        return noun_phrase(root.head), affiliation or _affiliation(root.head, mentions, p), True
    left = [t for t in left if t.i < ent.start and t.dep_ != "det"]
    role = doc[left[0].i : ent.start].text if left else ""
    if role.lower().endswith(("'s", "\u2019s")):
        role = ""
    role = " ".join(w for w in role.split() if w.lower() not in GENDERED_TITLES)
    for t in left:
        org = mentions.entity(p, t)
        if org is not None and mentions.label(p, org) == "ORG" and not set(org.text.lower().split()) <= PORTFOLIOS:
            affiliation = affiliation or mentions.name_of(p, org)
    return role.strip(" ,"), affiliation, False


def _set_off(appositive: Token) -> bool:
    """An apposition set off by a comma or dash ("X, a fellow at Y,"), not a parenthesis or a list."""
    start = appositive.left_edge.i
    return start > 0 and appositive.doc[start - 1].text in (",", "\u2014", "\u2013", "-", "--")


def _role_of(noun: Token, mentions: Mentions, p: int) -> str:
    """A role noun with its modifiers and an "of" phrase that names no organisation ("professor of law")."""
    role = noun_phrase(noun)
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and not _org_in(of, mentions, p):
        doc = noun.doc
        role = f"{role} {doc[of.i : of.right_edge.i + 1].text}"
    return role


def _affiliation(noun: Token, mentions: Mentions, p: int) -> str:
    """The organisation tied to a role noun: "fellow at Y", "Y's fellow", "a Y fellow"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _AFFILIATION_PREPS:
            org = _org_in(child, mentions, p)
            if org:
                return org
        if child.dep_ in ("poss", "compound"):
            ent = mentions.entity(p, child)
            if ent is not None and mentions.label(p, ent) in ORG_LABELS:
                return mentions.name_of(p, ent)
    return ""


def _org_in(phrase: Token, mentions: Mentions, p: int) -> str:
    """The first organisation named in a phrase (facilities too: the recogniser often calls a centre one)."""
    for t in phrase.subtree:
        ent = mentions.entity(p, t)
        if ent is not None and mentions.label(p, ent) in ("ORG", "FAC"):
            return mentions.name_of(p, ent)
    return ""


def noun_phrase(token: Token, *, with_preposition: bool = False) -> str:
    """The words of a noun phrase up to its head, without a leading determiner (optionally "… of Y")."""
    doc = token.doc
    start = min([t.i for c in token.lefts if c.dep_ not in ("punct", "cc") for t in c.subtree], default=token.i)
    while start < token.i and doc[start].dep_ in ("det", "predet", "punct"):
        start += 1
    end = token.i + 1
    if with_preposition:
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ in _AFFILIATION_PREPS:
                end = max(t.i for t in child.subtree) + 1
                break
    text = doc[start:end].text
    if doc[start].pos_ != "PROPN" and text[:1].isupper() and doc[start].is_sent_start:
        text = text[:1].lower() + text[1:]
    return text


def described_as_person(ent: Span) -> bool:
    """A name the recogniser mislabelled, followed by a person's description ("Helen Park, a professor")."""
    return any(
        c.dep_ == "appos" and c.lemma_.lower() in PEOPLE_NOUNS | ANALYST_WORDS | OFFICIAL_WORDS
        for c in ent.root.children
    )


def gender_of_role(role: str) -> str:
    for word in role.lower().split():
        if word.endswith("woman"):
            return "f"
        if word.endswith("man") and word != "human":
            return "m"
    return ""
