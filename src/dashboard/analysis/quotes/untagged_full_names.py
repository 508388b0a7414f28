"""The full name of a person whom the article later calls by a surname alone that the recogniser tagged an
organisation, when the recogniser left the full name with no tag at all ("Ohio's Delia Marwick, a delegate on the
panel, …", then "“…,” said Marwick", "Marwick" tagged an organisation): the surname is that full name's, as it is
when the full name is tagged a person, so the person is not two speakers."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.names import surname
from dashboard.analysis.quotes.missed_names import TITLE_WORDS

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People


def full_name_of(people: People, p: int, ent: Span, untagged: Collection[str]) -> str:
    """The name a person's mention `ent` (paragraph p) stands for: a surname alone is the one full name of `untagged`
    (names the recogniser took for something else) that ends with it ("Sato" after "Ingrid Sato" tagged a place), or,
    tagged an organisation, the one full name written before with no tag (`untagged_full_name`); else the name."""
    name = people.name_of(p, ent)
    owners = [n for n in untagged if surname(n) == name] if " " not in name else []
    if owners or " " in name or people.label(p, ent) != "ORG":
        return owners[0] if len(owners) == 1 else name
    return untagged_full_name(people.docs, p, ent) or name


def untagged_full_name(docs: list[Doc], p: int, ent: Span) -> str:
    """The one full name of two capitalised words, neither tagged, written in paragraph p or before it, whose last word
    is `ent`'s one word; else nothing."""
    name = ent.text
    found = {f"{t.nbor(-1).text} {name}" for doc in docs[: p + 1] if name in doc.text for t in doc if _full(t, name)}
    return found.pop() if len(found) == 1 else ""


def _full(token: Token, name: str) -> bool:
    """Whether `token` is the untagged surname `name` after an untagged given name that it heads ("Delia Marwick")."""
    if token.text != name or token.ent_type_ or not token.i:
        return False
    given = token.nbor(-1)
    return (
        given.head.i == token.i
        and given.dep_ == "compound"
        and given.pos_ == "PROPN"
        and not given.ent_type_
        and given.is_title
        and given.is_alpha
        and given.lower_ not in TITLE_WORDS
    )
