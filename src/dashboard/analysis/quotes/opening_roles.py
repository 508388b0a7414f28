"""A role that opens its sentence before a name in common words ("Fund manager X of Y said"): its first word has a
capital only because it opens the sentence, so the role is given in lower case ("fund manager"), as it would be
after a comma. Titles keep their capitals ("Finance Minister X"), and so do words that may be a party's or a
person's name ("Conservative icon X", "Sanders strategist X"): only common words of markets and ranks are lowered."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: Common words that open a role of markets, money or rank, and no title or name ("Fund manager", "Central bank
#: governor", "Senior analyst", "Currency strategist").
_OPENING_COMMON_WORDS = words("""
fund funds portfolio money asset assets investment hedge central senior chief market markets currency bond bonds
equity equities oil credit commodities research
""")


def lowered_opening(role: str, first: Token) -> str:
    """The role in lower case when its first word opens the sentence, is one of the common words above, and is
    followed only by lower-case words ("Fund manager" -> "fund manager"); the role as it is otherwise."""
    head, *rest = role.split() or [""]
    if not first.is_sent_start or head != first.text or not rest or not all(w.islower() for w in rest):
        return role
    if not head[1:].islower() or head.casefold() not in _OPENING_COMMON_WORDS:
        return role
    return role[:1].lower() + role[1:]
