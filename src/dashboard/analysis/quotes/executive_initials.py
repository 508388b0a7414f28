"""Chief officers called by their initials and by their titles spelled out: "Ann Roe, the bank's chief executive," is
"the CEO" when the article comes back to her, and "CEO Ann Roe" is "the chief executive"; "chief financial officer"
and "chief operating officer" are "the CFO" and "the COO" the same way."""

from __future__ import annotations

#: The initials of chief officers and the words of the titles they stand for, "officer" aside.
_SPELLED_OUT = {"ceo": {"chief", "executive"}, "cfo": {"chief", "financial"}, "coo": {"chief", "operating"}}


def with_executive_initials(roles: set[str]) -> set[str]:
    """A person's role words with the initials of the chief office they spell out ("chief executive" -> "ceo"), and
    with "executive" when they hold "CEO", the noun a later "the chief executive" names them by."""
    added = {initials for initials, spelled in _SPELLED_OUT.items() if spelled <= roles}
    if "ceo" in roles:
        added.add("executive")
    return roles | added if added else roles
