"""Who "the analyst" or "the expert" is when no one the article named has that word in their role: the latest
person named within the pronoun's reach whom the article made an expert by their post ("Ann Roe, who leads the
centre's Sahel programme," at a think tank), as a desk calls any such voice "the analyst" after the first mention."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.people import Speaker

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast

#: Nouns a desk uses for any expert it quotes, whatever their post.
EXPERT_WORDS = frozenset({"analyst", "expert"})
#: How many paragraphs back the expert may have been named.
_REACH = 3


def expert_described(cast: Cast, p: int, token: Token, word: str) -> Speaker | None:
    """The expert that a bare "the analyst" (no modifier) stands for when no role named one: the latest person
    mentioned before it, within reach, whom the article made an expert; None otherwise."""
    if word not in EXPERT_WORDS or any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in token.lefts):
        return None
    for (q, i), name, _ in reversed(cast.people):
        if (q, i) >= (p, token.i):
            continue
        if q < p - _REACH:
            return None
        if (person := cast.person(name)).kind == "analyst":
            return person
    return None
