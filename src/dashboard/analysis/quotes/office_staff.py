"""The staff of a public office-holder, named by the office ("the governor's chief of staff", "the mayor's senior
adviser", "the premier's communications director"): they work for a state, a province or a city and speak for it,
so GUIDELINES.md counts them as officials, as it does government spokespeople. A role word such as "staff" or
"director" alone would make them `other`; the office before it says whose staff they are. A candidate's campaign
staff ("the governor's campaign manager") work for no public body and are not matched."""

from __future__ import annotations

import re

#: "<office>'s <staff role>": the office-holders of states, provinces and cities, and the staff roles that serve them.
_STAFF_OF_OFFICE = re.compile(
    r"\b(?:lieutenant )?(?:governor|mayor|premier|prime minister|senator|speaker|minister|chancellor)'s "
    r"(?:deputy |senior |top |chief )?(?:chief of staff|aide|adviser|advisor|counsel|press secretary|spokes\w+"
    r"|(?:communications|policy|budget|legislative) director|director of (?:communications|policy))\b"
)


def serves_an_office_holder(role: str) -> bool:
    """Whether the role names a public office-holder's staff ("the governor's chief of staff")."""
    return bool(_STAFF_OF_OFFICE.search(role.casefold().replace("\u2019", "'")))
