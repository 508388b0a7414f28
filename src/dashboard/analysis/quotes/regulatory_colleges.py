"""Colleges that license and discipline a profession ("College of Physicians and Surgeons of Elden", "Westmark
College of Nurses"): named "College of" and a regulated profession, they are a province's or state's regulators, not
schools, so their registrars and spokespeople are officials (GUIDELINES: regulators). Royal, national and
international colleges so named ("Royal College of Physicians", "American College of Surgeons") are learned and
professional societies, which license no one, and stay research bodies."""

from __future__ import annotations

from dashboard.analysis.names import words
from dashboard.analysis.quotes.countries import country_of, is_country

#: Regulated professions a college may license (first word after "College of").
_PROFESSIONS = words("""
physicians surgeons nurses registered licensed pharmacists dentists dental midwives veterinarians veterinary
psychologists social teachers optometrists opticians chiropractors physiotherapists physical dietitians respiratory
massage medical naturopaths audiologists occupational denturists
""")
#: Words before "College of" that make a learned society of it, not a regulator.
_SOCIETIES = words("royal american national international european world")


def is_regulatory_college(tokens: list[str]) -> bool:
    """Whether the folded words of a name are a college that regulates a profession ("college of physicians and
    surgeons of elden", "westmark college of nurses")."""
    tokens = tokens[1:] if tokens[:1] == ["the"] else tokens
    if "college" not in tokens[:2] or len(tokens) < tokens.index("college") + 3:
        return False
    at = tokens.index("college")
    before = tokens[:at]
    if before and (before[0] in _SOCIETIES or country_of(before[0]) or is_country(before[0])):
        return False
    return tokens[at + 1] == "of" and tokens[at + 2] in _PROFESSIONS
