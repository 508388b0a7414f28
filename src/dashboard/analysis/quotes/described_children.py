"""A child spoken of as "the boy" or "the girl": "Cole Beaudry, 12, plays defence. “…,” the boy says." The
description stands for the child the story follows, as "he" or "she" would, when the article gave that person an
age under 18 beside the name ("Cole Beaudry, 12,") or called them someone's son or daughter ("her son, Cole,")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast, Speaker

#: Nouns for a child and the gender each tells.
_CHILDREN = {"boy": "m", "girl": "f"}
#: Role words that make a person someone's child.
_CHILD_ROLES = frozenset({"son", "daughter", "grandson", "granddaughter", "boy", "girl"})
#: The oldest age that makes a person a child.
_OLDEST = 17


def child_described(cast: Cast, p: int, noun: Token) -> Speaker | None:
    """The named child a "the boy" / "the girl" subject stands for: the person a "he" / "she" there would be, when
    the article made that person a child; None otherwise."""
    gender = _CHILDREN.get(noun.lower_, "")
    if not gender or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    found = cast.resolve_person(p, noun.i, gender)
    if found is None or not found.name:
        return None
    profile = cast.profiles.get(found.name)
    if profile is not None and profile.role_words & _CHILD_ROLES:
        return found
    return found if any(_young(cast.docs[q][i]) for (q, i), name, _ in cast.people if name == found.name) else None


def _young(token: Token) -> bool:
    """Whether a name's mention is followed by an age under 18 set off by commas ("Cole Beaudry, 12,")."""
    doc = token.doc
    end = token.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I" and doc[end + 1].ent_type_ == "PERSON":
        end += 1
    if end + 3 >= len(doc) or doc[end + 1].text != "," or doc[end + 3].text != ",":
        return False
    age = doc[end + 2].text
    return age.isdigit() and int(age) <= _OLDEST
