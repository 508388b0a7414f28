"""Whom a "he" or "she" stands for after an unnamed person spoke: "A spokesman said …, he added" is the spokesman, the
unnamed person who spoke last in the paragraph, when no one was named since. A name inside the words that describe
that person ("A nurse at the Rosetown hospital, who asked not to be named, said …") names no one new."""

from __future__ import annotations

from operator import itemgetter
from typing import TYPE_CHECKING

from dashboard.analysis.quotes.genders import gender_of_role
from dashboard.analysis.quotes.own_clauses import speaks_in_own_clause
from dashboard.analysis.quotes.people import Speaker

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast


def unnamed_since(cast: Cast, p: int, i: int, gender: str) -> Speaker | None:
    """The unnamed person of fitting gender who spoke last in paragraph p before token i, in a clause of their own (not
    the one who asks), if no one was named since."""
    spoke = [(pos, s) for pos, s in cast.described if (p, 0) <= pos < (p, i) and gender_of_role(s.role) in ("", gender)]
    spoke = [(pos, s) for pos, s in spoke if speaks_in_own_clause(cast.docs[p][pos[1]])]  # not the asker
    if not spoke:
        return None
    since, speaker = max(spoke, key=itemgetter(0))
    described = cast.docs[p][since[1]]
    own_words = range(described.left_edge.i, described.right_edge.i + 1)  # "a nurse at the Rosetown hospital, who …"
    named = [pos for pos, _, _ in cast.people if since < pos < (p, i) and not cast.quoted(pos)]
    return None if any(q != p or k not in own_words for q, k in named) else speaker
