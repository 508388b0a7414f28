"""Centres that are no research bodies. A centre is mostly a think tank's or a university's name ("Center for
Strategic and International Studies", "Tax Policy Center"), whose staff speak as experts. Two other kinds share the
word. One named by a task only a state performs (cyber defence, defence purchasing, counter-terrorism, disaster and
crisis operations, forecasting storms: "National Cyber Security Centre", "Joint Operations Centre") does that task,
and its director holds public office (GUIDELINES.md: officials). One named by the people it gathers, the faith it
serves or the care it gives ("Eastgate Islamic Centre", "Riverside Community Centre", "Newcomer Women's Centre") is a
community's own body, whose president or director speaks as a citizen or a charity's staff do, no expert. A word of
study in the name keeps either a research body ("Centre for Security Studies", "Centre for Islamic Studies"), and so
does a community named after the word "centre", as a field is ("Center for Women and Politics")."""

from __future__ import annotations

from dashboard.analysis.names import words

#: Heads of a centre's name.
_CENTRES = words("centre center centres centers")
#: Tasks only a state's agency performs, by a word of its name.
_STATE_TASKS = words("""
cyber cybersecurity defence defense counterterrorism counter-terrorism terrorism hurricane emergency crisis operations
coordination intelligence
""")
#: The people a community's centre gathers, the faith it serves or the care and pastimes it offers, by a word of its
#: name.
_COMMUNITY = words("""
community communities neighbourhood neighborhood islamic muslim jewish sikh hindu buddhist christian catholic
interfaith faith worship cultural friendship recreation recreational aquatic sports seniors youth women
family families newcomer newcomers immigrant immigrants refugee refugees settlement shelter heritage arts indigenous
native aboriginal
""")
#: Words of study, which make a centre named by a state's task or a community one that studies it ("Centre for
#: Security Studies", "Geneva Centre for Security Policy", "Center for Naval Analyses", "Centre for Refugee Studies").
_STUDY = words("""
studies study research policy policies analysis analyses reform strategic strategy affairs relations dialogue
excellence university new
""")


def _words_of(name: str) -> set[str]:
    return set(name.casefold().replace("\u2019", "'").replace("'s", "").split())


def is_state_centre(name: str) -> bool:
    """Whether an organisation's name is a centre named by a task only a state performs, and by no word of study."""
    found = _words_of(name)
    return bool(found & _CENTRES and found & _STATE_TASKS) and not found & _STUDY


def is_community_centre(name: str) -> bool:
    """Whether an organisation's name is a centre named by the community it gathers or serves before the word
    "centre", and by no word of study; "Centre for Women and Politics" names a field after it, as research bodies do."""
    named = name.casefold().replace("\u2019", "'").replace("'s", "").split()
    head = next((i for i, word in enumerate(named) if word in _CENTRES), None)
    return head is not None and bool(set(named[:head]) & _COMMUNITY) and not set(named) & _STUDY
