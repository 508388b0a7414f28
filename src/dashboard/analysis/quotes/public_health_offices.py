"""Offices of public health, whose holders speak for a state, a province or a town on disease and its control ("the
province's chief medical officer of health", "Canada's chief public health officer", "the county health officer",
"director of public health"): officials, as GUIDELINES.md counts anyone who speaks for a public body.

Their words ("chief", "medical", "officer") are a company's too ("chief medical officer" of a drug maker, an
executive), so only the titles that name public health as what the officer guards are taken, whatever the body the
article ties them to (a province no list knows is read as a company's name).
"""

from __future__ import annotations

import re

#: Titles of public health office, as lower-case phrases.
_PUBLIC_HEALTH_OFFICES = re.compile(
    r"\b(?:(?:chief |deputy |associate )?medical officers? of health"
    r"|(?:chief |deputy |provincial |state |county |regional |city |district )?(?:public |medical )?health officers?"
    r"|directors? of public health)\b"
)


def holds_public_health_office(role: str) -> bool:
    """Whether the role names an office of public health ("chief medical officer of health", "public health
    officer")."""
    return bool(_PUBLIC_HEALTH_OFFICES.search(role.casefold()))
