"""Roles of those who lead a study, a trial or a report, named by their part in it ("the principal investigator of the
trial", "the report's lead author", "co-investigator"): researchers speaking of their own work, whom GUIDELINES.md
counts among the experts (`analyst`).

An investigator alone is mostly a police or a safety board's, and an author alone a writer of books, so only the
words that make the lead of research of them are taken.
"""

from __future__ import annotations

import re

#: The parts of research leads, as lower-case phrases.
_RESEARCH_LEADS = re.compile(
    r"\b(?:(?:co-)?principal investigators?|co-investigators?|(?:lead|senior|co-lead) (?:author|researcher)s?)\b"
)


def leads_research(role: str) -> bool:
    """Whether the role names the lead of a study, a trial or a report ("principal investigator", "lead author")."""
    return bool(_RESEARCH_LEADS.search(role.casefold()))
