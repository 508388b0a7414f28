"""A party's secretary general ("X, secretary general of the ruling Y", "the party's secretary-general, X") runs the
party's own affairs and holds no public office by that post, so speaks as `other`, as a party's press spokesperson
does (by GUIDELINES, officials hold public office or speak for a state). "General Secretary" in that order, the title
of a governing communist party's leader, is left to the rules of office."""

from __future__ import annotations

import re

_SECRETARY_GENERAL = re.compile(r"\bsecretary[- ]general\b")


def runs_party_office(role: str) -> bool:
    """Whether a role of someone tied to a party is its secretary general (or deputy secretary general)."""
    return bool(_SECRETARY_GENERAL.search(role.casefold()))
