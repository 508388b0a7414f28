"""A body described as a union of other bodies: "Clean Vote Watch, a network of 30 civic groups, said", "Free Ballot,
a coalition of rights organisations, said". The name the recogniser missed is read as a person's, the collective noun
as the person's role and the member bodies as the affiliation; but a network, coalition or alliance of groups is an
organisation speaking as itself, an institution (GUIDELINES), and its members are no body it belongs to."""

from __future__ import annotations

#: Nouns of a body made of other bodies, as a description of the body itself.
COLLECTIVE_NOUNS = frozenset(
    {"network", "coalition", "alliance", "federation", "confederation", "umbrella group", "grouping", "consortium"}
)

#: Plural nouns of the member bodies ("civic groups", "rights organisations", "opposition parties").
MEMBER_BODIES = frozenset(
    {"groups", "organisations", "organizations", "parties", "unions", "associations", "ngos", "charities", "movements"}
)


def with_collective_body(profile: tuple[str, str, str]) -> tuple[str, str, str]:
    """The profile, a speaker whose role is a collective noun and whose affiliation its member bodies in lower case
    ("network", "civic groups") made an institution with no affiliation."""
    kind, role, affiliation = profile
    words = affiliation.split()
    if role.casefold() in COLLECTIVE_NOUNS and words and affiliation.islower() and words[-1] in MEMBER_BODIES:
        return "institution", role, ""
    return profile
