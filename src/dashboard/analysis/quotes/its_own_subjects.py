"""The organisation "its" opening a sentence means when the sentence before has, as its main subject, a name the
recogniser took for a person's whose own clause calls its things "its": "Cordeiro Investimentos raised its forecast
on Friday. Its strategists said …" is the firm's, though another firm was tagged an organisation before (a person
has "his" or "her" forecast). Not a name the article gives a person, nor one set beside a description ("X, the bank's
chief, raised its forecast", where "its" is the bank). A part of `organisation_referred_to` (meant_organisations.py)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token


def owner_calling_its_own(its: Token, names_a_person: Callable[[str], bool]) -> list[str]:
    """[the name] of the main subject of the sentence before the one "its" opens, in its paragraph, when that name was
    tagged a person's and its own clause owns a thing by "its"; [] otherwise."""
    if its.lower_ != "its" or its.dep_ != "poss" or not its.is_sent_start or its.i == 0:
        return []
    before = its.doc[its.i - 1].sent
    subject = next((t for t in before.root.children if t.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ == "appos" for c in subject.children):
        return []
    ent = next((e for e in its.doc.ents if e.start <= subject.i < e.end), None)
    if ent is None or ent.label_ != "PERSON" or ent.end != subject.i + 1 or names_a_person(ent.text):
        return []
    owned = [t for t in before.root.subtree if t.lower_ == "its" and t.dep_ == "poss" and t.i > subject.i]
    return [ent.text] if owned else []
