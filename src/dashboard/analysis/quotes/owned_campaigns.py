"""Whose campaign "his campaign" or "her campaign" is: that of the person the pronoun stands for, not another
candidate's campaign the article named before ("Kroll's campaign called that charge absurd. … Sayward plans to visit
Yuma, her campaign said": Sayward's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import PERSON_POSSESSIVES

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People


def campaign_of_owner(cast: People, p: int, noun: Token, named: str) -> str:
    """`named`, the campaign a "his campaign" or "her campaign" was taken to be as the last one named, unless that is
    another person's than the one the pronoun stands for; then the owner's campaign by name ("Ellen Sayward’s
    campaign"). The first person named before the pronoun in its sentence is its owner ("Sayward plans to visit Yuma,
    her campaign said"), though what the campaign says holds the name; else the person the pronoun resolves to."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES), None)
    if not named or owner is None or noun.lemma_.lower() != "campaign":
        return named
    gender = PERSON_POSSESSIVES[owner.lower_]
    names = (cast.person_named(t.text) for t in owner.doc[owner.sent.start : owner.i] if t.is_title)
    here = [name for name in names if name and cast.gender_of(name) in ("", gender)]
    person = cast.person(here[0]) if here else cast.resolve_person(p, owner.i, gender)
    if person is None or not person.name or person.name.split()[-1] in named.replace("\u2019", " ").split():
        return named
    return f"{person.name}\u2019s campaign"
