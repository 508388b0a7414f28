"""Research councils: "National Research Council", "Medical Research Council", "Research Council of Norway" are
the agencies through which states fund science, named like a think tank or an institute of research ("research" in
the name) but public bodies, whose chief executive holds a public office (GUIDELINES: officials speak for a state)."""

from __future__ import annotations

import re

from dashboard.analysis.quotes.centres import is_state_centre

#: "… Research Council", "… Research Councils", "Research Council of …".
_RESEARCH_COUNCIL = re.compile(r"\bresearch councils?(?: of \w+)?$", re.IGNORECASE)


def is_state_research_body(name: str) -> bool:
    """Whether a name that reads as a body of research is a state's: a centre named by a state's task ("National
    Cyber Security Centre") or a research council."""
    return is_state_centre(name) or bool(_RESEARCH_COUNCIL.search(name.strip()))
