"""National research councils: "National Research Council", "Australian Research Council", "Research Council of
Norway" are the agencies through which states fund science, named like a think tank ("research" in the name) but
public bodies, whose chief executive holds a public office (GUIDELINES: officials speak for a state). A research
council named by a place or a field alone ("Harbor Research Council") may be a private institute and stays one."""

from __future__ import annotations

import re

from dashboard.analysis.quotes.centres import is_state_centre
from dashboard.analysis.quotes.countries import country_of

#: "National Research Council", "Research Council of Norway".
_NATIONAL_COUNCIL = re.compile(r"^(?:the )?(?:national research councils?|research councils? of \w+)$", re.IGNORECASE)


def is_state_research_body(name: str) -> bool:
    """Whether a name that reads as a body of research is a state's: a centre named by a state's task ("National
    Cyber Security Centre") or a nation's research council ("National", "of Norway", "Australian")."""
    name = name.strip()
    national = name.casefold().endswith(" research council") and bool(country_of(name.split()[0]))
    return is_state_centre(name) or bool(_NATIONAL_COUNCIL.match(name)) or national
