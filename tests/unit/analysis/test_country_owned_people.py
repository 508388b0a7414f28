"""A delegate named with their country's possessive after the role they hold (texts of our own): "the speaker for the
island states, Tonga’s Sione Fifita," is the person, the country a place, though the recogniser may tag all four words
one organisation."""

from __future__ import annotations

from tests.quoting import said_by

TEXT = "The speaker for the island states, Tonga\u2019s Sione Fifita, said the sea was rising faster than feared."


def test_a_delegate_after_a_countrys_possessive_is_a_person(nlp):
    rows = said_by(nlp, TEXT)
    assert [speaker for speaker, _ in rows] == ["Sione Fifita"]


def test_the_country_and_the_delegate_are_tagged_apart(nlp):
    doc = nlp(TEXT)
    assert [(e.text, e.label_) for e in doc.ents] == [("Tonga", "GPE"), ("Sione Fifita", "PERSON")]
