"""Offices of local public safety and justice, named by two words or more that say nothing public apart ("fire
chief", "district attorney", "city manager", "medical examiner"): a town's, a county's or a state's officers, whom
GUIDELINES.md counts as officials as it does anyone who speaks for a public body at any level.

Wire copy writes such a title before the name ("Battalion Chief X", "County Executive X", "Assistant State Attorney
X"), and the words before the last may be read as the body the person is tied to ("Battalion" for a chief), so the
office is looked for in the affiliation and the role read together. A public defender speaks for the accused, as any
lawyer does, and holds none of these offices.
"""

from __future__ import annotations

import re

#: Titles of public office in local safety and justice, as lower-case phrases ("state's attorney", "fire marshal").
LOCAL_OFFICES = re.compile(
    r"\b(?:"
    r"(?:fire|battalion|police|deputy police) chief|chief of police|fire (?:marshal|commissioner|captain)"
    r"|(?:district|state|state's|county|city|commonwealth|prosecuting|crown) attorneys?"
    r"|county (?:executive|manager|administrator|judge|clerk)|(?:city|town|borough|village) (?:manager|administrator)"
    r"|emergency management (?:director|coordinator|chief|official|spokes\w+)"
    r"|medical examiner|coroner|undersheriff|sheriff(?:'s)? (?:deputy|spokes\w+|office|department|captain)"
    r"|school superintendent|superintendent of schools|school board (?:president|chair\w*|member|trustee)"
    r"|(?:state |highway patrol )?trooper|(?:highway|state) patrol|county warden"
    r")\b"
)


def holds_local_office(role: str, affiliation: str) -> bool:
    """Whether the role, read after the affiliation that may hold its first words, names a local public office
    ("Chief" of "Battalion", "Attorney" of "Assistant District", "county's medical examiner")."""
    return bool(LOCAL_OFFICES.search(f"{affiliation} {role}".casefold().replace("\u2019", "'")))
