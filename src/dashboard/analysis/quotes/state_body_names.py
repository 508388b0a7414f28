"""Names that say a state's body by words anywhere in them, whatever field the rest of the name is about: a body that
runs elections ("National Electoral Institute", "Electoral Commission"), land a state keeps and runs ("Cedar Hollow
National Park", see public_lands), and an ombudsman's office ("Lending Ombudsman Service", "the Pensions Ombudsman",
"Office of the Ombudsman"): a public office set up by law to settle complaints against public bodies or the firms of a
trade, which speaks as itself and whose ombudsmen hold that office. A broadcaster's or a company's own ombudsman bears
no such name ("Kanal Vestby's ombudsman" is the broadcaster's). And a customs service named by its state ("Singapore
Customs", see customs_services)."""

from __future__ import annotations

import re

from dashboard.analysis.quotes.customs_services import names_customs_service
from dashboard.analysis.quotes.public_lands import is_public_land

_ELECTORAL = re.compile(r"\belectoral (?:\w+ )?(?:institute|tribunal|council|court|board|commission|authority|body)\b")
#: Words naming an ombudsman in a body's name.
_OMBUDSMEN = frozenset({"ombudsman", "ombudsmen", "ombudsperson", "ombuds", "ombud", "ombudsman's"})


def names_a_state_body(text: str, tokens: list[str]) -> bool:
    """Whether a folded name (its text and its words) says a state's body whatever else it says."""
    public = bool(_ELECTORAL.search(text)) or is_public_land(tokens) or not _OMBUDSMEN.isdisjoint(tokens)
    return public or names_customs_service(tokens)  # "Singapore Customs", see customs_services
