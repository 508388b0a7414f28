"""Roles of those who study attackers for a security firm ("head of threat intelligence", "director of threat
research", "a threat analyst"): researchers who comment on an attack as experts, whom GUIDELINES.md counts among the
analysts, not the firm's executives or spokespeople. A firm's chief executive or spokesman speaking of the same attack
keeps the company's kind (`other`): only the words of the research function count."""

from __future__ import annotations

import re

#: The research functions of a security firm, as lower-case phrases.
_THREAT_RESEARCH = re.compile(r"\bthreat (?:intelligence|research|analysis)\b")


def studies_threats(role: str) -> bool:
    """Whether the role names one who studies cyber threats for a living ("head of threat intelligence")."""
    return bool(_THREAT_RESEARCH.search(role.casefold()))
