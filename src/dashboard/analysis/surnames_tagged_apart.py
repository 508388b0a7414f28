"""A person's last surname that the recogniser tagged apart as an organisation: "Vice President Helena
Castro Vilela said …" may come out as the person "Helena Castro" and the organisation "Vilela", and "Dr Paulette
Whyte-Campbell told …" as the person "Dr Paulette" and the organisation "Whyte-Campbell", as it does with surnames it
does not know (Spanish and Portuguese names with two surnames, double-barrelled ones). The speaker was then a
surname alone, taken for a body. A one-word name, or two words joined by a hyphen written without spaces, set right
after a person's name with a space and no punctuation between, is the rest of that name when it is written as a
name, names no kind of organisation or title, and no capitalised word runs on after it (where the two may be
a person and an organisation's longer name)."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.names import ORGANISATION_HEADS, TITLES
from dashboard.analysis.untagged_names import written_as_name

#: Labels the recogniser gives a surname it does not know; not a place's (GPE), which a country or a town after a
#: name may be ("Ana Ruiz Caracas" in a caption).
_SURNAME_LABELS = frozenset({"ORG", "NORP", "FAC"})


def surname_tagged_apart(person: Span, ent: Span) -> bool:
    """Whether `ent`, right after the person's name `person`, is the person's last surname tagged apart (see the
    module's docstring)."""
    if person.label_ != "PERSON" or ent.label_ not in _SURNAME_LABELS or ent.start != person.end:
        return False
    doc = ent.doc
    if not person[-1].whitespace_ or not person[-1].is_title or len(ent) not in (1, 3):
        return False
    if len(ent) == 3 and (ent[1].text != "-" or ent[0].whitespace_ or ent[1].whitespace_):
        return False
    names = [t for t in ent if t.text != "-"]
    if not all(t.pos_ == "PROPN" and t.is_alpha and written_as_name(t) for t in names):
        return False
    if any(t.lower_ in ORGANISATION_HEADS or t.lower_ in TITLES for t in names):
        return False
    return ent.end == len(doc) or not (doc[ent.end].is_title and doc[ent.end].pos_ == "PROPN")
