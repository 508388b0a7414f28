"""The title "Administrator" written alone before a name ("Administrator Helen Marchetti said the agency ..."): wire
copy titles so the head of a public agency named before (a safety, environment, aviation or space administration),
whom GUIDELINES.md counts an official, as it does regulators and anyone who speaks for a public body. The word alone
heads anything ("a hospital administrator"), so the kinds leave one tied to no body `other`; the capitalised title
with no body beside it is the agency's head. One tied to a body keeps the kind the body gives ("Hospital
Administrator" of a company)."""

from __future__ import annotations

import re

#: The title as written before a name, with the ranks that may open it ("Acting Administrator").
_TITLE = re.compile(r"(?:(?:Deputy|Acting|Associate|Assistant|Interim) )?Administrator")


def with_agency_administrator(profile: tuple[str, str, str]) -> tuple[str, str, str]:
    """The profile, an `other` titled "Administrator" alone and tied to no body made an official."""
    kind, role, affiliation = profile
    if kind == "other" and not affiliation and _TITLE.fullmatch(role.strip()):
        return "official", role, affiliation
    return profile
