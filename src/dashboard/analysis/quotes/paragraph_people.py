"""The people an article names in one paragraph, found in its list of mentions by halving the list, not by a walk over
all of it: the steps that resolve a speaker ask it at every cue, and a long article names hundreds of people. The list
(`People.people`: position, name, subject rank) is kept in order of position: sorted once made, and `remember` inserts
in order."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from dashboard.analysis.names import surname

#: A mention: its (paragraph, token index), the person's name and its subject rank.
Mention = tuple[tuple[int, int], str, int]


def named_in(people: list[Mention], p: int, before: int | None = None) -> list[Mention]:
    """The mentions of paragraph p, in order; with `before`, only those at a token before that index."""
    end = bisect_left(people, ((p + 1,),)) if before is None else bisect_left(people, ((p, before),))
    return people[bisect_left(people, ((p,),)) : end]


def mentions_before(people: list[Mention], p: int, i: int) -> list[Mention]:
    """The mentions of the article before token i of paragraph p, in order."""
    return people[: bisect_left(people, ((p, i),))]


def named_before(cast, p: int, noun: Token) -> list[tuple[int, str]]:
    """Where and whom paragraph p names before `noun`, outside quotations, in order."""
    return [(i, name) for (q, i), name, _ in named_in(cast.people, p, noun.i) if not cast.quoted((q, i))]


def without_namesakes_at(people: list[Mention], p: int, i: int, name: str) -> list[Mention]:
    """The mentions, as a new list, without those at (p, i) of another person of the same surname as `name`, the
    speaker the mention there turned out to be ("the younger Meekis" is no more the other Meekis it was taken for)."""
    start, end, last = bisect_left(people, ((p, i),)), bisect_left(people, ((p, i + 1),)), surname(name)
    return [*people[:start], *(m for m in people[start:end] if m[1] == name or surname(m[1]) != last), *people[end:]]
