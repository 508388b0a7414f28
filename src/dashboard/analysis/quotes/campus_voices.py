"""The offices of a university or college whose holders speak for it, not as experts nor in public office: its
president, chancellor, vice-chancellor, provost or rector, its athletic director and its spokespeople run the school or
talk for it as an executive or a company spokesperson does (GUIDELINES: `other`), although a university's staff who
comment on their field are analysts and "chancellor" alone is a head of government's title. And the officers of a
university's police ("Chief X of the university's police department") are police, officials, whatever school they
serve."""

from __future__ import annotations

import re

from dashboard.analysis.names import words
from dashboard.analysis.quotes.organisations import PUBLIC, organisation_type

#: Offices that run a university or talk for it.
_CAMPUS_OFFICES = words("""
president chancellor vice-chancellor provost rector spokesman spokeswoman spokesperson
""")
#: Words that name a university or college, in its name or in a role ("a university spokeswoman").
_SCHOOL_WORDS = words("university university's college college's polytechnic")
#: Offices that only a school's sport has ("athletic director", "athletics director").
_ATHLETIC_OFFICE = re.compile(r"\bathletics? director\b")
_WORD = re.compile(r"[a-z][a-z'-]*")


def speaks_for_a_school(role_words: set[str], role: str, affiliation: str) -> bool:
    """Whether a person holds an office that runs or speaks for the university or college that the affiliation or the
    role names ("the university's president", "Chancellor X of Y University", "a university spokeswoman"), or a
    school's athletic office; not a college that is a state's body or a regulator ("College of Nurses")."""
    if _ATHLETIC_OFFICE.search(role.casefold()):
        return True
    named = set(_WORD.findall(f"{role} {affiliation}".casefold()))
    school = named & _SCHOOL_WORDS and "police" not in named and organisation_type(affiliation) not in PUBLIC
    return bool(role_words & _CAMPUS_OFFICES and school)


def polices_a_campus(affiliation: str) -> bool:
    """Whether the affiliation is a school's police ("the university's police department", "Y College Police")."""
    named = set(_WORD.findall(affiliation.casefold()))
    return "police" in named and bool(named & _SCHOOL_WORDS)
