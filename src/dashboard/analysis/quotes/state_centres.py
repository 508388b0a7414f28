"""Centres that are a state's agencies, not research bodies: "National Cyber Security Centre", "Estonian Centre for
Defence Investment", "Joint Operations Centre", "National Hurricane Center". A centre is mostly a think tank's or a
university's name ("Center for Strategic and International Studies", "Tax Policy Center"), whose staff speak as
experts; one named by a task only a state performs (cyber defence, defence purchasing, counter-terrorism, disaster
and crisis operations, forecasting storms) with no word of study in its name does that task, and its director holds
public office (GUIDELINES.md: officials)."""

from __future__ import annotations

from dashboard.analysis.names import words

#: Heads of a centre's name.
_CENTRES = words("centre center centres centers")
#: Tasks only a state's agency performs, by a word of its name.
_STATE_TASKS = words("""
cyber cybersecurity defence defense counterterrorism counter-terrorism terrorism hurricane emergency crisis operations
coordination intelligence
""")
#: Words of study, which make a centre named by a state's task one that studies it ("Centre for Security Studies",
#: "Geneva Centre for Security Policy", "Center for Naval Analyses").
_STUDY = words("""
studies study research policy policies analysis analyses reform strategic strategy affairs relations dialogue
excellence university new
""")


def is_state_centre(name: str) -> bool:
    """Whether an organisation's name is a centre named by a task only a state performs, and by no word of study."""
    found = set(name.casefold().replace("'s", "").split())
    return bool(found & _CENTRES and found & _STATE_TASKS) and not found & _STUDY
