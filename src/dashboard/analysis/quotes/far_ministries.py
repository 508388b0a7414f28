"""The ministry "the ministry's" means paragraphs after the article described it speaking ("Vietnam's trade ministry
said … (paragraphs on a dairy, an embassy and a port) … X, deputy director of the ministry's import department, said").

`state_bodies.py` looks for the body that spoke or acted a few paragraphs back; a story that opens with a ministry's
decision often comes back to the ministry's own officials far below it. When the article so far has described exactly
one body with that noun as a clause's subject, and has named no other with it, the noun is that body however far back
it spoke; with two ("the trade ministry said … the health ministry said") it could mean either, and this says nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.state_bodies import described_subjects

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

#: Nouns of a state's bodies that a story names by what they do ("the trade ministry", "the labour department").
_BODY_NOUNS = frozenset({"ministry", "department"})


def far_ministry(cast: People, p: int, token: Token) -> str:
    """The one body the article described with the token's noun as a subject before `token` of paragraph `p` ("the
    ministry's" -> "Vietnam's trade ministry"); "" when none or more than one is, or a named body has the noun."""
    lemma = token.lemma_.lower()
    if lemma not in _BODY_NOUNS or token.dep_ != "poss" or not definite(token):
        return ""
    described = {name for _, name in described_subjects(cast.docs, 0, (p, token.i), lemma)}
    named = {name for pos, name, _ in cast.orgs if pos < (p, token.i) and lemma in name.casefold().split()}
    return next(iter(described)) if len(described) == 1 and not named else ""
