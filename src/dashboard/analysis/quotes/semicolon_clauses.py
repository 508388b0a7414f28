"""A clause the parser hung on a cue across a semicolon: "Several people in the crowd booed; others applauded", "The
dam is safe, engineers said; the town is not so sure." A semicolon joins two sentences of the writer's; the clause on
the far side of it is a deed or a view of its own, not what the subject of the cue said, though the parser may make it
that cue's complement. (A cue set off inside what was said, "It is late, she said", is set off by commas.)"""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.doc_text import places_of

#: The mark looked for, by key (`places_of`).
_SEMICOLON = (";",)


def set_apart_by_semicolon(child: Token) -> bool:
    """Whether `child`, a dependent of a cue, stands on the far side of a semicolon from it."""
    semicolons = places_of(child.doc, _SEMICOLON)
    if not semicolons:
        return False  # most paragraphs hold none: no word is read
    verb = child.head
    start, end = (child.right_edge.i + 1, verb.i) if child.i < verb.i else (verb.i + 1, child.left_edge.i)
    return any(start <= i < end for i in semicolons)
