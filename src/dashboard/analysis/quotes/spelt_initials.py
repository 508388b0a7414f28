"""An affiliation given by initials that the article spelt out: its full name, as the gold files and readers key it.

"Hendrik Meer, who led the OSCE observer mission," after "the Organization for Security and Co-operation in Europe
(OSCE)" works for the Organization for Security and Co-operation in Europe; "the IMF mission" after "the International
Monetary Fund said" is the fund's. The full name is the run of words before the initials in brackets whose capitals
spell them (the recogniser may cut it short, "… Co-operation" without "in Europe"), else the one organisation of
the article the initials stand for. A mission, delegation or team of the body is the body: its staff serve it.
"""

from __future__ import annotations

import re

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.initialled_names import JOINING
from dashboard.analysis.names import words
from dashboard.analysis.quotes.mentions import Mentions

#: Nouns of a body's passing team, whose people serve the body ("the OSCE observer mission", "the IMF team").
_TEAMS = words("mission observer observers monitoring delegation team")


def with_spelt_initials(profile: tuple[str, str, str], mentions: Mentions) -> tuple[str, str, str]:
    """(kind, role, affiliation) with an affiliation of initials, or of initials and a team's nouns, spelt out as the
    article spelt them; as it was when it spelt them nowhere, or for an organisation speaking as itself."""
    kind, role, affiliation = profile
    first, *rest = affiliation.split() or [""]
    if kind == "institution" or not _initials(first) or not set(w.casefold() for w in rest) <= _TEAMS:
        return profile
    full = spelt_out(first, [text_of(doc) for doc in mentions.docs]) or mentions.acronyms.get(first, "")
    full = full if full not in ("", first) else mentions.organisation_called(first)
    return (kind, role, full) if full != first else profile


def spelt_out(initials: str, texts: list[str]) -> str:
    """The words before "(INITIALS)" in a text whose capitalised words' first letters spell the initials; ""."""
    for text in texts:
        for match in re.finditer(rf"\(\s*{re.escape(initials)}\s*\)", text):
            tokens = text[: match.start()].split()
            for start in range(len(tokens) - 1, max(len(tokens) - 12, -1), -1):
                name = tokens[start:]
                if name[0].casefold() in JOINING:
                    continue
                capitals = "".join(w[0] for w in name if w[:1].isupper())
                if capitals == initials:
                    return " ".join(name)
                if not initials.endswith(capitals):
                    break
    return ""


def _initials(word: str) -> bool:
    """ "OSCE", "IMF": two or more capital letters and nothing else."""
    return len(word) > 1 and word.isalpha() and word.isupper()
