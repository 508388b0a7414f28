"""Role words of the sciences: those who study a field of nature, health or society by its methods, whom GUIDELINES.md
counts among the experts (researchers and scientists) wherever they work ("an epidemiologist at Y", "a glaciologist
and the report's lead author").

Kept apart from the general words of experts because the field names are many and open-ended. Left out are the
doctors who treat patients ("cardiologist", "psychologist"), whom a hospital employs as no scholar, and the forecaster
of a weather service ("meteorologist"), who speaks for a public body. A field's name after a state's tier ("the state
epidemiologist", "the provincial geologist", "the government statistician") is an office of that state: an official.
So is the field capitalised after "Chief" as a title before a name ("Chief Statistician X", "Chief Epidemiologist X"),
as the heads of a national statistics office or a state's health service are called. And a body of the state's chief
scientist ("the regulator's chief scientist", "the agency's deputy chief epidemiologist") holds its post as any other
of its officers does, and speaks for it (a university's or a company's chief scientist holds no public office).
"""

from __future__ import annotations

import re

from dashboard.analysis.names import words
from dashboard.analysis.quotes.organisations import STATE

#: Scientists named by their field.
SCIENTISTS = words("""
epidemiologist epidemiologists virologist virologists immunologist immunologists microbiologist microbiologists
biologist biologists geneticist geneticists pharmacologist pharmacologists toxicologist toxicologists neuroscientist
neuroscientists glaciologist glaciologists climatologist climatologists seismologist seismologists volcanologist
volcanologists geologist geologists geophysicist geophysicists hydrologist hydrologists oceanographer oceanographers
ecologist ecologists entomologist entomologists zoologist zoologists botanist botanists physicist physicists
astrophysicist astrophysicists astronomer astronomers mathematician mathematicians statistician statisticians
demographer demographers sociologist sociologists anthropologist anthropologists criminologist criminologists
archaeologist archaeologists biostatistician biostatisticians
""")

#: A state's tier before the name of a field, which makes it the title of a public office.
_STATE_TIERS = r"state|provincial|territorial|county|city|federal|national|government|government's"
_STATE_SCIENTIST = re.compile(rf"\b(?:{_STATE_TIERS})(?: chief| deputy| assistant)? ([a-z]+)\b")
#: The capitalised title of a state's chief scientist ("Chief Statistician", "Deputy Chief Epidemiologist").
_CHIEF_SCIENTIST = re.compile(r"\bChief ([A-Z][a-z]+)\b")
#: A chief scientist of a body, in lower case ("the agency's chief scientist", "deputy chief virologist").
_BODY_CHIEF_SCIENTIST = re.compile(r"\bchief ([a-z]+)\b")


def holds_state_science_office(role: str, body: str = "") -> bool:
    """Whether the role names a state's office held by a scientist ("state epidemiologist", "the provincial chief
    geologist", "Chief Statistician", or "chief scientist" when the `body` type of the affiliation is the state's),
    whose holder speaks for the state."""
    chief = _CHIEF_SCIENTIST.search(role)
    if body == STATE and (of_body := _BODY_CHIEF_SCIENTIST.search(role.casefold())):
        return of_body.group(1) in SCIENTISTS or of_body.group(1) == "scientist"
    return bool(chief and chief.group(1).lower() in SCIENTISTS) or any(
        m.group(1) in SCIENTISTS for m in _STATE_SCIENTIST.finditer(role.casefold())
    )
