"""A speaker's name that the recogniser runs into the date fronted before it: "North Korea fired a missile on Sunday,
South Korea’s Joint Chiefs of Staff said" may come out as the date "Sunday, South Korea’s Joint Chiefs of Staff", so
the speaker is a time and the quote goes to no one. Wire stories set the source so after the clause of what happened
and its day. The comma ends the date: the capitalised words after it, whose head is the subject of a verb after the
entity, are a name, no part of the date (no day nor month, no number). Used by the names_after_commas step, which
cuts other fronted phrases so: the date keeps the part before the comma; a country's possessive after it is a place
and what it owns a body ("South Korea’s| Joint Chiefs of Staff"); a name with a joined surname or a given name is a
person; any other is a body."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.names import POSSESSIVE_MARKS, words
from dashboard.analysis.quotes.countries import is_country
from dashboard.analysis.quotes.given_names import gender_of_given_word

#: Labels of the times the recogniser runs on across a comma into the subject after them.
_DATED = frozenset({"DATE", "TIME"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Small words inside a body's name ("Joint Chiefs of Staff", "Ministry for the Interior").
_INNER = words("of for and the de")
#: Words of dates, never a name after a date's comma ("Sunday, March 3", "Monday, December").
_DATE_WORDS = words("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december today yesterday tomorrow morning afternoon evening night week month year
""")


def parts_after_date(ent: Span) -> list[Span]:
    """The date before the comma and the name after it (see the module docstring) of a date or time that runs across
    a comma into the subject of a verb after it; [] for any other entity."""
    commas = [t.i for t in ent if t.text == ","] if ent.label_ in _DATED and len(ent) >= 3 else []
    if not commas:  # not "1,000 years", whose comma stands inside a word
        return []
    doc, last = ent.doc, ent[-1]
    comma = commas[-1]
    name = doc[comma + 1 : ent.end]
    if comma == ent.start or not len(name) or name.root.dep_ not in _SUBJECTS or name.root.head.i < ent.end:
        return []
    if not _name_word(name[0]) or not _name_word(last) or not all(_name_word(t) or _inside(t) for t in name):
        return []
    parts = [Span(doc, ent.start, comma, label=ent.label_)]
    mark = next((t.i for t in name if t.text in POSSESSIVE_MARKS), None)
    if mark is not None:  # "South Korea’s Joint Chiefs of Staff": a country and its body, or an owner and its own
        owner = doc[comma + 1 : mark]
        label = "GPE" if is_country(owner.text) else "ORG"
        return [*parts, Span(doc, owner.start, owner.end, label=label), Span(doc, mark + 1, ent.end, label="ORG")]
    person = any(t.text == "-" for t in name) or gender_of_given_word(name[0].text)
    return [*parts, Span(doc, name.start, name.end, label="PERSON" if person else "ORG")]


def _name_word(token: Token) -> bool:
    """A capitalised word of letters that names no day, month or time."""
    return token.is_alpha and token.text[0].isupper() and token.lower_ not in _DATE_WORDS


def _inside(token: Token) -> bool:
    """A word that may stand inside a name: a small word of bodies' names, a possessive mark, a joining hyphen."""
    return token.lower_ in _INNER or token.text in POSSESSIVE_MARKS or token.text == "-"
