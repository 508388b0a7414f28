"""Words of a role that, before another noun of it, describe the post rather than name a calling of their own: "fellow"
of a peer ("a fellow senator", not "a fellow at Y") and "resident" of a post held in the country ("the Fund's resident
representative", "the U.N. resident coordinator", no resident of a town). Left out of the role's words, they cannot
make an expert or a member of the public of the one in the post."""

from __future__ import annotations

import re

#: "fellow" before a noun ("fellow senator", "fellow investor"): a peer, not a research fellow ("a fellow at Y").
_FELLOW = r"\bfellow(?=\s+(?!at\b|of\b|in\b|with\b|for\b)[a-z])"
#: "resident" before the posts an international body keeps in a country ("resident representative").
_RESIDENT = r"\bresident(?=\s+(?:representatives?|coordinators?)\b)"
_ADJECTIVES = re.compile(f"{_FELLOW}|{_RESIDENT}")


def without_role_adjectives(role: str) -> str:
    """The role in lower case without the describing words above ("the fund's representative" of "the fund's resident
    representative")."""
    return _ADJECTIVES.sub("", role)
