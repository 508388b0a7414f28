"""A child spoken of as "the boy" or "the girl": "Cole Beaudry, 12, plays defence. “…,” the boy says." The
description stands for the child the story follows, as "he" or "she" would, when the article gave that person an
age under 18 beside the name ("Cole Beaudry, 12,") or called them someone's son or daughter ("her son, Cole,")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.genders import PERSON_NOUN_GENDERS
from dashboard.analysis.quotes.seniority import ages_given

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast, Speaker

#: Nouns for a child, whose gender genders.PERSON_NOUN_GENDERS tells.
_CHILDREN = frozenset({"boy", "girl"})
#: Role words that make a person someone's child.
_CHILD_ROLES = frozenset({"son", "daughter", "grandson", "granddaughter", "boy", "girl"})
#: The oldest age that makes a person a child.
_OLDEST = 17


def child_described(cast: Cast, p: int, noun: Token) -> Speaker | None:
    """The named child a "the boy" / "the girl" subject stands for: the person a "he" / "she" there would be, when
    the article made that person a child; None otherwise."""
    gender = PERSON_NOUN_GENDERS[noun.lower_] if noun.lower_ in _CHILDREN else ""
    if not gender or not definite(noun):
        return None
    found = cast.resolve_person(p, noun.i, gender)
    if found is None or not found.name:
        return None
    profile = cast.profiles.get(found.name)
    if profile is not None and profile.role_words & _CHILD_ROLES:
        return found
    age = ages_given(cast, p, noun.i).get(found.name)  # "Cole Beaudry, 12,"
    return found if age is not None and age <= _OLDEST else None
