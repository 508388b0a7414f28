"""People named first as the owner of a place: "the thermometer at Margaret Pellworth-Oyelu’s vineyard", "the oven at
Helena Varrick’s bakery". The recogniser may tag the owner with its possessive mark a facility or an organisation,
though a facility's or a body's own name does not end in "’s" before a common noun. When a given name the lexicon
knows opens it and a surname of one or two capitalised words (a hyphenated one, too) follows to the mark, the words
before the mark are a person: whom the later surname ("Pellworth-Oyelu says") and "she" then stand for."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.names import ORGANISATION_HEADS, POSSESSIVE_MARKS
from dashboard.analysis.quotes.given_names import gender_of_given_word
from dashboard.analysis.quotes.lexicon import BODY_NOUNS
from dashboard.analysis.step_entities import current_entities, set_entities

#: What the recogniser takes an owner named with its mark for.
_OWNER_LABELS = frozenset({"FAC", "ORG", "GPE", "LOC"})
#: Most words of a surname (the parts of a hyphenated one count once each).
_SURNAME_WORDS = 2


def possessive_people(doc: Doc) -> Doc:
    """The document with each facility or body "Given Surname’s" before a lower-case noun tagged a person of the words
    before the mark."""
    ents = current_entities(doc)
    mended = [_person(ent) or ent for ent in ents]
    if any(a is not b for a, b in zip(mended, ents, strict=True)):
        set_entities(doc, mended)
    return doc


def _person(ent: Span) -> Span | None:
    if ent.label_ not in _OWNER_LABELS or len(ent) < 3 or ent[-1].lower_ not in POSSESSIVE_MARKS:
        return None
    doc = ent.doc
    owned = doc[ent.end] if ent.end < len(doc) else None
    if owned is None or not owned.text[:1].islower() or not gender_of_given_word(ent[0].text):
        return None
    if not ent[0].whitespace_:
        return None  # "Mercedes-Benz’s plant": a given name joined to the next word opens no person's name
    parts = [t for t in ent[1:-1] if t.text != "-"]
    plain = all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in ORGANISATION_HEADS for t in parts)
    if not plain or len(parts) > _SURNAME_WORDS or any(t.lower_ in BODY_NOUNS for t in parts):
        return None
    return Span(doc, ent.start, ent.end - 1, label="PERSON")
