"""A title of public office that a state's department opens ("US Treasury Secretary X", "Interior Ministry
Commissioner X"): the department is part of the title, which names the office, as "Finance Minister" does; the role
keeps it whole while the affiliation is still the department. A company's officer ("Nordic Steel chief financial
officer X") and a possessive ("the Treasury's Secretary") lose the body from the role as before."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.found import Found
from dashboard.analysis.quotes.organisations import STATE, organisation_type

#: Capitalised words of an office that end a title a department opens.
_DEPARTMENT_OFFICES = frozenset({"secretary", "minister", "commissioner", "undersecretary"})


def department_in_title(tokens: list[Token], found: Found) -> bool:
    """Whether a role's words are a state department's name followed by a capitalised title of office alone."""
    rest = [t for t in tokens if t not in found.tokens]
    if not rest or len(rest) == len(tokens) or organisation_type(found.name) != STATE:
        return False
    return all(t.text.istitle() for t in rest) and rest[-1].lower_ in _DEPARTMENT_OFFICES
