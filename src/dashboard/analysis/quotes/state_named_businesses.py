"""Companies whose names carry "State" ("Garden State Auto Insurance", "Keystone State Mutual", "Golden State Re"):
a state's nickname or a word of a brand, no state body. Read by the word "state" alone, such a name would make its
spokespeople officials; the last word of the name says it is a business (an insurer, a mutual, a reinsurer, or a
company's legal form), and a state body's name ends on no such word ("Department of State", "State Insurance
Fund", "State Grid Corporation" stays as its other words make it)."""

from __future__ import annotations

from dashboard.analysis.names import words
from dashboard.analysis.quotes.law_office_names import is_law_office

#: Last words of a name that make it a business's: insurers' and company forms (not "corporation", which many public
#: bodies are called, nor "group", of "the Islamic State group").
_BUSINESS_LAST_WORDS = words("""
insurance assurance reinsurance mutual re company co inc incorporated holdings ltd limited plc llc partners
""")


def is_state_named_business(state_words: set[str], tokens: list[str]) -> bool:
    """Whether a name whose only state word is "state" (or "states") ends on a word only a business's name ends on
    ("insurance" of "Garden State Auto Insurance", "company" of "Keystone State Insurance Company"), or is a firm's
    called "Cabinet" and its partners' names ("Cabinet Sarr Lemaître", law_office_names)."""
    named = bool(state_words) and state_words <= {"state", "states"} and tokens[-1] in _BUSINESS_LAST_WORDS
    return named or is_law_office(state_words, tokens)
