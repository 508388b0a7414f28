"""Initials of the last words of a body's name: "the BIA" after "the Unionville-Highway 7 Business Improvement Area".

Local bodies are often called by the initials of their generic tail alone, the place or neighbourhood before it left
out: a business improvement area, a school board, a transit commission. The recogniser may tag the full name a
facility (an "Area", a "District"), so the names looked at are the article's organisations and facilities of several
words. Initials stand for such a name only when they spell three or more capitalised words that close it, after some
word of the name they leave out, when no name of the article has them as its whole initials, and when they spell the
tail of that one name alone.
"""

from __future__ import annotations

from dashboard.analysis.entity_labels import full_organisation, initials

#: Labels of the names whose tails initials may spell: an organisation's, or a facility's the recogniser took it for.
_BODY_LABELS = frozenset({"ORG", "FAC"})
#: Articles a name the recogniser tagged may open with, which are no word of the name ("A World Trade Organization").
_ARTICLES = frozenset({"a", "an", "the"})
#: Fewest letters initials of a name's tail must have: two letters spell the tail of too many names.
_FEWEST = 3


def full_body(short: str, organisations: list[str], keys: list[tuple[str, str, str]]) -> str:
    """The full name a short organisation name stands for: the one organisation it abbreviates or opens
    (full_organisation), else the one body whose last words it gives the initials of; "" when none or several.
    `keys` are the article's (name, label, title) of each mention."""
    if found := full_organisation(short, organisations):
        return found
    bodies = {name for name, label, _ in keys if label in _BODY_LABELS and " " in name}
    if any(initials(name) == short for name in bodies):
        return ""  # a name the initials spell whole, which full_organisation did not take: not a tail's
    fitting = {name for name in bodies if spells_its_tail(short, name)}
    return fitting.pop() if len(fitting) == 1 else ""


def spells_its_tail(short: str, name: str) -> bool:
    """Whether `short` ("BIA") gives the first letters of the capitalised words closing `name` ("… Business
    Improvement Area"), one word a letter, with at least one word of the name, no article, before them."""
    if not (len(short) >= _FEWEST and short.isalpha() and short.isupper()):
        return False
    named = name.split()
    if all(w.casefold() in _ARTICLES for w in named[: -len(short)]):
        return False  # "A World Trade Organization" (a panel of it, the article kept): the whole name, not its tail
    tail = named[-len(short) :]
    return all(w[:1].isupper() and w[1:2].islower() for w in tail) and initials(" ".join(tail)) == short
