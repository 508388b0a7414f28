"""The party a title right before a person's name gives ("Conservative MP X"), kept when an apposition the name stands
in describes the person otherwise: "The shadow chancellor, Conservative MP X, said" is the Conservatives' MP, though
the role the article gives first is "shadow chancellor"."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from dashboard.analysis.doc_text import doc_span
from dashboard.analysis.quotes.affiliations import Found, affiliation
from dashboard.analysis.quotes.mentions import Mentions

#: How a title before a name hangs on it.
_TITLE_DEPS = frozenset({"compound", "amod", "nmod"})


def words_before_name(ent: Span, deps: Collection[str] = _TITLE_DEPS) -> list[Token]:
    """The words, in order, of the modifiers that the name's words have before it with one of `deps` ("Conservative
    MP" of "Conservative MP X")."""
    before = sorted(
        (t for word in ent for c in word.lefts if c.dep_ in deps and c.i < ent.start for t in c.subtree),
        key=lambda t: t.i,
    )
    return _hyphen_opened(before, deps) + before if before else before


def _hyphen_opened(words: list[Token], deps: Collection[str]) -> list[Token]:
    """The words before a title the parser split at its hyphen and hung apart ("Lumora co" of "Lumora co-founder and
    chief executive X"): the piece before the hyphen with its modifiers, the hyphen and any pieces before them."""
    doc, i = words[0].doc, words[0].i
    start = i
    while (
        start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_
    ):
        piece = doc[start - 2]
        start = min([t.i for c in piece.lefts if c.dep_ in deps for t in c.subtree], default=piece.i)
    return list(doc_span(doc, start, i))


def party_in_title(ent: Span, mentions: Mentions, p: int) -> Found | None:
    """The party the words of the title before the name give, when they name one by its adjective or name."""
    left = words_before_name(ent)
    found = affiliation(left, mentions, p) if left else None
    return found if found is not None and found.party and not found.place else None
