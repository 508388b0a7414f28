"""A person's full name whose surname alone the recogniser took for a place: "Trevor Sauvé, now 41, says …" with
"Trevor" left untagged and "Sauvé" tagged GPE is the person Trevor Sauvé, so that the later "Sauvé told reporters" is
him too (entity_labels.mislabelled_surnames)."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.doc_text import doc_span
from dashboard.analysis.names import ORGANISATION_HEADS, TITLES, words
from dashboard.analysis.quotes.countries import is_country
from dashboard.analysis.untagged_names import untagged_name_word

#: The oldest age a number set beside a name may give ("Paris, 2015," gives a year).
_OLDEST = 120
#: Verbs of which a person is the subject when the name before them is a given name and a surname.
_SPEAKING = words("say tell add explain note insist argue claim write recall admit")


def given_name_and_surname(ent: Span) -> Span | None:
    """The span of a given name and surname when `ent` is a one-word place right after an untagged capitalised word
    hung on it, and the two are the subject of a verb of saying or are set beside an age ("Trevor Sauvé, 41,"); None
    otherwise. No country's name is a surname ("Elections Canada")."""
    if ent.label_ != "GPE" or len(ent) != 1 or ent.start == 0:
        return None
    doc, surname = ent.doc, ent[0]
    given = doc[ent.start - 1]
    plain = (
        untagged_name_word(given)
        and given.is_title
        and given.head == surname
        and given.dep_ == "compound"
        and surname.is_title
        and surname.is_alpha
    )
    if not plain or given.lower_ in TITLES or {given.lower_, surname.lower_} & ORGANISATION_HEADS:
        return None
    if is_country(surname.text) or (ent.start > 1 and doc[ent.start - 2].pos_ == "PROPN"):
        return None  # "Team Canada", "Prince Edward Island"
    speaks = surname.dep_ in ("nsubj", "nsubjpass") and surname.head.lemma_.lower() in _SPEAKING
    return doc[ent.start - 1 : ent.end] if speaks or set_beside_an_age(surname) else None


def set_beside_an_age(surname) -> bool:
    """ "Trevor Sauvé, 41," or "Trevor Sauvé, now 41,": a name set beside an age."""
    doc, i = surname.doc, surname.i
    if i + 1 >= len(doc) or doc[i + 1].text != ",":
        return False  # most names: no comma after them, and no Token of the words after it is made
    after = list(doc_span(doc, i + 1, min(i + 5, len(doc))))
    rest = after[1:]
    if rest and rest[0].lower_ == "now":
        rest = rest[1:]
    years = rest[0].text.isdigit() and int(rest[0].text) <= _OLDEST if rest else False
    return len(rest) >= 2 and years and rest[1].text == ","
