"""A body named by the very noun that speaks of it again: "The growers' council says … The program is run by the Risk
Management Agency. The agency says …" is the agency named since the council spoke, not the council, though the
council spoke last."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import spelled_one_way


def named_by_noun_since(orgs: list, p: int, token: Token, since: tuple[int, int]) -> str:
    """The last organisation named between `since` (where a body last spoke or acted) and "the <noun>" at the token
    whose name has that noun as a word; "" when none, or when the noun has words of its own besides "the"."""
    if [t.lower_ for t in token.subtree] != ["the", token.lower_]:
        return ""
    word = spelled_one_way(token.lower_)
    named = [
        name for pos, name, _ in orgs if since < pos < (p, token.i) and word in spelled_one_way(name.lower()).split()
    ]
    return named[-1] if named else ""
