"""The party a title right before a person's name gives ("Conservative MP X"), kept when an apposition the name stands
in describes the person otherwise: "The shadow chancellor, Conservative MP X, said" is the Conservatives' MP, though
the role the article gives first is "shadow chancellor"."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from dashboard.analysis.quotes.affiliations import Found, affiliation
from dashboard.analysis.quotes.mentions import Mentions

#: How a title before a name hangs on it.
_TITLE_DEPS = frozenset({"compound", "amod", "nmod"})


def words_before_name(ent: Span, deps: Collection[str] = _TITLE_DEPS) -> list[Token]:
    """The words, in order, of the modifiers that the name's words have before it with one of `deps` ("Conservative
    MP" of "Conservative MP X")."""
    before = (t for word in ent for c in word.lefts if c.dep_ in deps and c.i < ent.start for t in c.subtree)
    return sorted(before, key=lambda t: t.i)


def party_in_title(ent: Span, mentions: Mentions, p: int) -> Found | None:
    """The party the words of the title before the name give, when they name one by its adjective or name."""
    left = words_before_name(ent)
    found = affiliation(left, mentions, p) if left else None
    return found if found is not None and found.party and not found.place else None
