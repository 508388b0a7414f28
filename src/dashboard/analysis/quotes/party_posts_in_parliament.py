"""Posts a party gives its members in a legislature: its leader there ("the junior partner's parliamentary leader",
"the group leader in the National Assembly", "the leader of the X group in parliament"), its whips ("chief whip", "the
party whip", "the centrist group's whip"), its floor leaders ("majority leader", "floor leader") and the chairs of its
caucus. Those who hold them are legislators, officials by GUIDELINES.md, though the party is often named by words no
list knows ("the Ecological Alliance", "the centrist group") and so reads as a company. A group or a caucus named with
no legislature ("the residents' group leader", "a team leader", "the group leader on the assembly line") is none of
these, nor is a company's "head of parliamentary affairs"."""

from __future__ import annotations

import re

from dashboard.analysis.names import words
from dashboard.analysis.quotes.seats_in_legislatures import LEGISLATURE_NAMES

#: Posts that lead a party's members in a legislature, when a word of the legislature is beside them (no "head":
#: "head of parliamentary affairs" lobbies for a company).
_LEADING = words("leader leaders chair chairman chairwoman chairperson")
#: Words of a chamber or of a party's members in one ("parliamentary leader", "the caucus chair").
_CHAMBER = words("parliamentary caucus")
#: A party's leaders on the floor of a chamber ("majority leader", "minority leader", "floor leader").
_FLOOR = words("majority minority floor")
#: A legislature named in a role: capitalised ("in the National Assembly") or "parliament" in any case.
_NAMED = re.compile(r"\b(?:[Pp]arliament|(?:" + "|".join(sorted(w.capitalize() for w in LEGISLATURE_NAMES)) + r"))\b")


def holds_party_post_in_parliament(found: set[str], role: str) -> bool:
    """Whether a role (its words `found`) is a party's post in a legislature: any whip ("chief whip", "party whip");
    a leader or chair called parliamentary or of a caucus, or on the floor ("majority leader", "floor leader"), or
    whose role names the legislature ("leader in the National Assembly", "group leader in parliament")."""
    if "whip" in found or "whips" in found:
        return True
    if not found & _LEADING:
        return False
    if found & _CHAMBER or found & _FLOOR and found & {"leader", "leaders"}:  # no "chair of the majority owner"
        return True
    return bool(_NAMED.search(role))
