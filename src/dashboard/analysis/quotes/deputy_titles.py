"""Who a bare title means when a deputy holds it too: "the chief said" after "Police Chief Ann Roe" and "Deputy Chief
Bo Lind" is the chief, though the deputy was named last, as "the minister" after a minister and a deputy minister is
the minister and "the spokesman" after a spokesman and an assistant spokesman the spokesman. A title that carries a
word of a second rank the description does not carry ("deputy", "vice", "assistant", "associate") fits it less than
one that carries none; a deputy alone in the article still holds it ("Deputy Chief Bo Lind … the chief said")."""

from __future__ import annotations

#: Words that make a title the second of its office.
SECOND_RANKS = frozenset({"deputy", "vice", "assistant", "associate"})
#: What a second rank the description leaves out takes off a holder's fit: less than one word shared.
_SECOND_RANK_COST = 0.5


def second_rank_cost(role_words: set[str], described: set[str]) -> float:
    """What a holder's title (`role_words`) loses against a description by title (`described`, the title noun and its
    modifiers): the cost of a second rank the holder's title has and the description lacks, else nothing."""
    return _SECOND_RANK_COST if role_words & SECOND_RANKS and not described & SECOND_RANKS else 0.0
