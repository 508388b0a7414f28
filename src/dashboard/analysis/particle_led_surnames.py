"""Given names the recogniser leaves out before a surname that opens with a capitalised particle: "Commissioner
Ramiro Dela Pena Jr. said" may be tagged the person "Dela Pena Jr.", so that the speaker is known by the surname alone
and a later "Dela Pena said" matches no full name. Filipino, Spanish, Dutch and Italian surnames are written so ("Dela
Cruz", "De Leon", "Van Dyke", "Di Stefano"). Used by the particle_names step: the untagged capitalised proper nouns
right before such a person, hung by the parser on the name itself, are its given names; a title before them ("Port
Commissioner") is not."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.names import ORGANISATION_HEADS, PERSON_TITLES, TITLES
from dashboard.analysis.untagged_names import untagged_name_word

#: Capitalised particles that open a surname written apart from the given name.
SURNAME_PARTICLES = frozenset(
    {"Dela", "De", "Del", "Della", "Delos", "Di", "Da", "Das", "Dos", "Du", "Van", "Von", "Le", "La", "Los"}
)
#: Most given names a person may have before such a surname ("Maria Luisa Dela Cruz").
_MOST_GIVEN = 2
#: Capitalised words before a name that are a title or a rank, not a given name, beyond the lexicon of titles.
_NOT_GIVEN = TITLES | PERSON_TITLES | ORGANISATION_HEADS | frozenset({"commissioner", "chief", "coach", "manager"})


def given_before_particle(person: Span) -> Span | None:
    """The person with the one or two untagged given names before a surname led by a capitalised particle ("Ramiro"
    + "Dela Pena Jr."); None when there is none, or the person opens with no such particle."""
    if person.label_ != "PERSON" or len(person) < 2 or person[0].text not in SURNAME_PARTICLES:
        return None
    doc = person.doc
    start = person.start
    while person.start - start < _MOST_GIVEN and start > 0 and _given_name(doc[start - 1], person):
        start -= 1
    return Span(doc, start, person.end, label="PERSON") if start < person.start else None


def _given_name(word: Token, person: Span) -> bool:
    """A capitalised proper noun no entity holds, no title, that the parser hung on a word of the person's name."""
    hung = word.dep_ == "compound" and person.start <= word.head.i < person.end
    return hung and untagged_name_word(word) and word.is_title and word.lower_ not in _NOT_GIVEN
