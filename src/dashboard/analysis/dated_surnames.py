"""A person whose joined surname the recogniser took for a date: "Júlia Arantes-Viegas won …" may come out as the
place "Júlia" and the date "Arantes-Viegas", so neither is a person and her quotes go to the surname alone. Two
capitalised words joined by a hyphen without spaces, with no digit and neither a word of days, months, seasons or
feasts ("Mid-July", "Pre-Christmas" stay dates), name no date; after a capitalised proper noun untagged or tagged
alone, no title, role, body's word or country, they are a surname and the word before the given name. Used by the
hyphenated_names step."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.names import ORGANISATION_HEADS, TITLES, words
from dashboard.analysis.quotes.countries import country_of
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS

#: Words of dates that may be joined by a hyphen to another capitalised word ("Mid-July", "Late-Summer").
_DATE_WORDS = words("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december spring summer autumn fall winter christmas easter ramadan eid passover hanukkah diwali
mid pre post early late new year years eve day days week weekend month season century
""")
#: What the recogniser may have taken the given name before such a surname for, tagged alone.
_GIVEN_LABELS = frozenset({"", "GPE", "NORP", "ORG"})
#: Words before a surname that are no given name.
_NOT_GIVEN = TITLES | PEOPLE_NOUNS | ORGANISATION_HEADS


def person_of_dated_surname(ent: Span) -> Span | None:
    """The person of a given name and of `ent`, a date that is a joined surname (see the module docstring); else
    None."""
    if ent.label_ != "DATE" or len(ent) != 3 or ent.start == 0:
        return None
    first, dash, second = ent
    if dash.text != "-" or first.whitespace_ or dash.whitespace_:
        return None
    if not all(t.is_alpha and t.is_title and t.lower_ not in _DATE_WORDS for t in (first, second)):
        return None
    given = ent.doc[ent.start - 1]
    if not (given.is_alpha and given.is_title and len(given) > 1 and given.pos_ == "PROPN"):
        return None
    if given.ent_type_ not in _GIVEN_LABELS or given.ent_iob_ == "I":
        return None  # "New Year-End" would be one name of a place, not a given name alone
    if given.lower_ in _NOT_GIVEN or country_of(given.lower_):
        return None
    return Span(ent.doc, given.i, ent.end, label="PERSON")
