"""Which of the people who share a surname "the younger X" or "the elder X" is: the one the article gave the lower
or the higher age ("Jordan Meekis, 26, and his uncle, Abel Meekis, 51"), and which of them the words quoted around a
cue speak of rather than speak."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

_YOUNGER = frozenset({"younger", "youngest"})
_OLDER = frozenset({"elder", "older", "eldest", "oldest"})


def by_seniority(people: People, p: int, token: Token, names: list[str]) -> str:
    """Of `names` (full names sharing the surname `token` stands for), the one "the younger" or "the elder" before it
    means, by the ages given after their names before paragraph p's token; "" when the word is not there or the
    article does not give every one of them an age."""
    words = {c.lower_ for c in token.children if c.dep_ == "amod"}
    if not words & (_YOUNGER | _OLDER) or len(set(names)) < 2:
        return ""
    ages = _ages(people, p, token.i)
    if not all(name in ages for name in set(names)):
        return ""
    pick = min if words & _YOUNGER else max
    return pick(set(names), key=lambda name: ages[name])


def quoted_in_sentence(people: People, p: int, i: int) -> set[str]:
    """The people named inside quotation marks in the sentence of token i of paragraph p: whom the words quoted there
    speak of, not who speaks them ("“Kim said so,” the elder Nguyen says" is not Kim Nguyen)."""
    sent = people.docs[p][i].sent
    return {n for pos, n, _ in people.people if pos[0] == p and sent.start <= pos[1] < sent.end and people.quoted(pos)}


def _ages(people: People, p: int, i: int) -> dict[str, int]:
    """The age the article gives right after each person's name ("Abel Meekis, 51,"), up to token i of paragraph p."""
    found: dict[str, int] = {}
    for q, doc in enumerate(people.docs[: p + 1]):
        for t in doc[: i if q == p else len(doc)]:
            age = t.text.isdigit() and 0 < int(t.text) < 120
            if not age or t.i < 2 or doc[t.i - 1].text != ",":
                continue
            ent = people.entity(q, doc[t.i - 2])
            if ent is not None and people.label(q, ent) == "PERSON":
                found[people.name_of(q, ent)] = int(t.text)
    return found
