"""A body named only to qualify a thing ("EU exports", "NATO spending", "Google shares"): a name set before a common
noun as its modifier is what the clause is about only in passing, and "its" in the next sentence ("Its head of
research, X,") means the body the sentence named as a whole noun phrase ("Figures compiled by the Y Institute show
that EU exports rose … Its head of research"), not the one that qualified a thing. Not a name before a person's noun
("Toyota executives said …"), which names those people's body."""

from __future__ import annotations

from spacy.tokens import Doc

from dashboard.analysis.quotes.kinds import ROLE_WORDS
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS


def qualifies_a_thing(docs: list[Doc], pos: tuple[int, int]) -> bool:
    """Whether the name whose root is at `pos` (paragraph, token) modifies a common noun of a thing ("EU exports")."""
    root = docs[pos[0]][pos[1]]
    head = root.head
    return root.dep_ == "compound" and head.pos_ == "NOUN" and head.lemma_.lower() not in PEOPLE_NOUNS | ROLE_WORDS


def without_qualifiers(names: list[str], near: list[tuple[tuple[int, int], str, str]], docs: list[Doc]) -> list[str]:
    """The organisations "its" may mean, without those `near` names only as qualifiers of things, unless that leaves
    none."""
    whole = {name for pos, name, _ in near if not qualifies_a_thing(docs, pos)}
    return [n for n in names if n in whole] or names
