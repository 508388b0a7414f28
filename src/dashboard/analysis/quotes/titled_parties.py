"""The party a title right before a person's name gives ("Conservative MP X"), kept when an apposition the name stands
in describes the person otherwise: "The shadow chancellor, Conservative MP X, said" is the Conservatives' MP, though
the role the article gives first is "shadow chancellor"."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.quotes.affiliations import Found, affiliation
from dashboard.analysis.quotes.mentions import Mentions

#: How a title before a name hangs on it.
_TITLE_DEPS = frozenset({"compound", "amod", "nmod"})


def party_in_title(ent: Span, mentions: Mentions, p: int) -> Found | None:
    """The party the words of the title before the name give, when they name one by its adjective or name."""
    left = sorted(
        (t for word in ent for c in word.lefts if c.dep_ in _TITLE_DEPS and c.i < ent.start for t in c.subtree),
        key=lambda t: t.i,
    )
    found = affiliation(left, mentions, p) if left else None
    return found if found is not None and found.party and not found.place else None
