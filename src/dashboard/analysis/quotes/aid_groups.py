"""Aid and rights groups whose names end in a word that usually marks a state body ("Refugee Council", "Rescue
Committee", "Red Cross Society"): the words of the cause they serve make them non-governmental, so their heads and
staff hold no public office. A name with a word only a state's body carries ("Ministry of Refugees", "State Committee
for Refugees", "High Commissioner for Refugees") stays a state body."""

from __future__ import annotations

from dashboard.analysis.names import words
from dashboard.analysis.quotes.known_aid_groups import FOLDED_AID_GROUPS
from dashboard.analysis.quotes.patient_groups import is_patient_group
from dashboard.analysis.quotes.whole_phrases import has_phrase, phrase_pattern

#: Words of the causes aid, relief and rights groups name themselves by.
_CAUSE_WORDS = words("""
refugee refugees rescue relief rights aid humanitarian charity charities charitable amnesty
""")
#: Phrases of the same kind, of more than one word ("Red Cross Society", "Doctors Without Borders", a "Food Bank",
#: a charity whatever "bank" says, a "Council on Problem Gambling" that helps gamblers, no regulator of gambling).
_CAUSE_PHRASES = ("red cross", "red crescent", "without borders", "sans frontieres", "save the children", "food bank")
_CAUSE_PHRASES += ("problem gambling", "compulsive gambling", "gambling addiction", "gambling harm", "gambling harms")
_CAUSE_PATTERN = phrase_pattern(_CAUSE_PHRASES)
#: Words only a state's (or a state's agency's) body carries, which outweigh the cause it serves.
_STATE_ONLY = words("""
ministry ministries minister department agency commission commissioner authority office service bureau government
state federal division tribunal court parliament directorate
""")


def is_aid_group(tokens: list[str]) -> bool:
    """Whether the folded words of a name are an aid, relief or rights group's ("Norwegian Refugee Council")."""
    found = set(tokens)
    if found & _STATE_ONLY:
        return False
    joined = " ".join(tokens)
    known = joined.strip() in FOLDED_AID_GROUPS or bool(found & _CAUSE_WORDS) or has_phrase(joined, _CAUSE_PATTERN)
    return known or is_patient_group(tokens)  # "Diabetes Care Forum", "Foundation for Sight": a health charity
