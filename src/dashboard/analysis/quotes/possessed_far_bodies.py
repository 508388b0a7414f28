"""The organisation a possessive noun of a kind of body means when the lexicon of companies cannot find it: "the
co-op's general manager" (which the tokenizer splits into "co", "-" and "op's") is the co-operative named before, and
"the service's advertising chief" (or the studio's, the league's, the guild's) is the one business the article named,
however many paragraphs of its executives' quotes stand between ("Streamline added subscribers, the streaming service
said. … X, the chief executive, said … Y, who oversees the service's advertising business, said")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.far_companies import far_owner
from dashboard.analysis.quotes.kind_nouns import kind_named_last, kind_noun

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

#: Nouns a business is called back by that the lexicon of company nouns lacks ("the service's", "the studio's").
_BUSINESS_KINDS = frozenset({"service", "studio", "league", "guild"})


def owns_as_coop(token: Token) -> bool:
    """Whether the token is the "op" of a possessive "the co-op's" (the parser hangs "co" on it as a compound)."""
    return token.dep_ == "poss" and kind_noun(token) == "co-op"


def coop_owner(cast: People, p: int, token: Token) -> str:
    """The co-operative "the co-op's" means, named last before it; "" for any other token, or when none was named."""
    return kind_named_last(cast, p, token) if owns_as_coop(token) else ""


def far_business_owner(cast: People, p: int, token: Token) -> str:
    """The one business a possessive "the service's" (the studio's, the league's, the guild's) means when no
    organisation was named within reach, as `far_owner` finds it; "" for other nouns or when none is the only one."""
    if token.dep_ != "poss" or token.lemma_.lower() not in _BUSINESS_KINDS:
        return ""
    return far_owner(cast, p, token)
