"""Who "the union leader" is: the person the story named with a leading post in a union ("The union’s national
secretary, X,", "X, general secretary of the Y Workers Union,"). Labour reporters name a union's head once by name and
post and then call them "the union leader", "the union chief" or "the union boss", words the post itself seldom holds
("secretary", "president"), so matching the description's noun against the person's title, as other roles are matched
(role_holders.py), finds no one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.organisations import UNION, organisation_type
from dashboard.analysis.quotes.people import Profile, Speaker

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast

#: Nouns that describe whoever leads a body ("the union leader", "the union chief").
_LEADING_NOUNS = words("leader chief boss head")
#: Posts that lead a union, by the words of its holder's title.
_LEADING_POSTS = words("secretary president chair chairman chairwoman chairperson leader head")


def union_leader(cast: Cast, p: int, token: Token, modifiers: set[str]) -> Speaker | None:
    """ "the union leader" (the noun `token`, its only modifier "union") -> the person named last before it with a
    leading post in a union, by their title's words or their organisation; None when the description is another or no
    one was named so."""
    if token.lower_ not in _LEADING_NOUNS or modifiers != {"union"}:
        return None
    leader = ""
    for pos, name, _ in cast.people:
        if pos >= (p, token.i):
            break
        profile = cast.profiles.get(name, Profile())
        title = {w.removesuffix("\u2019s").removesuffix("'s") for w in profile.role_words}
        of_union = "union" in title or organisation_type(profile.affiliation) == UNION
        leader = name if of_union and title & _LEADING_POSTS else leader
    return cast.person(leader) if leader else None
