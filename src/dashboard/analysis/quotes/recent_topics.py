"""The topic a pronoun picks up: the person who is the subject of the last main clause, with no one named since, even
when a person of the pronoun's gender was named before, provided that person spoke there or is known to be of the
pronoun's gender. "Red Cross volunteer Amandeep Gill explains that … “…,” she says" is Gill, whose gender the article
never told, not Marlene Okemasis, who spoke before; "Pike, who stood …, apologized. “…,” he said" is Pike, not the
girl's father who spoke before him; but "Senator Ines Vale … : Governor Hart took the same course. She has argued
for …" stays Vale, as Hart neither spoke nor is known to be a woman. A part of `Cast.resolve_person` (speakers.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dashboard.analysis.quotes.lexicon import CUE_VERBS

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast

Mention = tuple[tuple[int, int], str, int]


def latest_topic(cast: Cast, here: list[Mention], main: list[Mention], known: list[Mention], gender: str) -> str:
    """The name of the last main-clause subject of the pronoun's paragraph (`main`, of the people of the pronoun's
    gender or of no told gender named before it, `here`) when no one else is named after it, it comes after every
    person the article told to be of the pronoun's gender (`known`), and it spoke there or is known to be of that
    gender; "" otherwise."""
    if not main or not known:
        return ""
    (p, i), name, _ = main[-1]
    if (p, i) <= known[-1][0] or any(m[0] > (p, i) and m[1] != name for m in here):
        return ""
    return name if cast.gender_of(name) == gender or _speaks(cast.docs[p][i]) else ""


def _speaks(token) -> bool:
    """Whether the name a token opens is the subject of a verb of saying ("Amandeep Gill explains that …")."""
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in CUE_VERBS
