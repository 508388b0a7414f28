"""Posts in a union, which are no public office (GUIDELINES.md: union leaders are `other`): a union's chief negotiator
bargains for its members, and the officers of a body named for the workers it gathers ("the workers' council at the
plant", "the dockworkers' alliance") serve those workers, though a council or an unnamed alliance reads as a state's
body or as none. A workers' party is a party, and a workers' compensation board a state's agency: neither is one."""

from __future__ import annotations

import re

from dashboard.analysis.quotes.organisations import UNION
from dashboard.analysis.quotes.possessed_body_ends import MEMBERS_BODY_NOUNS

#: A body named for the workers it gathers: "workers'" (or "dockworkers'", "metalworkers'") and, within two more
#: words, a body's noun ("the workers' council", "the Harbour Workers' Solidarity Federation").
_WORKERS_BODY = re.compile(
    r"\b\w*workers['\u2019]\s+(?:(?!party\b|compensation\b)[\w-]+\s+){0,2}"
    r"(?:" + "|".join(sorted(MEMBERS_BODY_NOUNS)) + r")\b"
)


def holds_union_post(found: set[str], role: str, affiliation: str, org: str) -> bool:
    """Whether a role (its words `found`) is a post in a union: a union's negotiator ("the guild's chief
    negotiator"), or any post in a body the role or the affiliation names for its workers ("secretary of the
    workers' council")."""
    if "negotiator" in found and org == UNION:
        return True
    return bool(_WORKERS_BODY.search(f"{role} {affiliation}".casefold()))
