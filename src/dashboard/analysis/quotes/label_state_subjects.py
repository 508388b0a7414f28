"""Legislators whose party label the parser made the cue's subject. In "Sen. Ann Ross, D-Del., a member of the
committee, said …" the small model can take the state's abbreviation ("Del.") for the head of the whole phrase, with
the name hung on it as a modifier and the description set off after it as its apposition, so the speaker would be a
state. When the subject is the state of such a label, glued to its party letter after a comma, the person's name
that ends right before the comma is the speaker."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.parties import glued_to_party_letter

#: The letters of a US legislator's party label ("D-Del.", "R-Idaho", "I-Vt."); an independent's "I" too, which
#: `parties` does not read as a party.
_PARTY_LETTERS = frozenset({"d", "r", "i"})


def legislator_before_label(subject: Token) -> Token:
    """The legislator named before the party label whose state the parser made the cue's subject ("Del." in "Sen.
    Ann Ross, D-Del., a member of …, said": Ross); the subject itself otherwise."""
    doc = subject.doc
    i = subject.i
    if i < 4 or not glued_to_party_letter(doc, i, _PARTY_LETTERS) or doc[i - 3].text != ",":
        return subject  # most subjects: no label's state, and nothing more is read
    if not subject.text[:1].isupper():
        return subject
    person = doc[i - 4]
    if person.ent_type_ != "PERSON" or (person.i + 1 < len(doc) and doc[person.i + 1].ent_iob_ == "I"):
        return subject  # the word before the comma must end a person's name
    start = person.i
    while doc[start].ent_iob_ == "I":
        start -= 1
    return next((t for t in doc[start : person.i + 1] if t.head.i < start or t.head.i > person.i), person)
