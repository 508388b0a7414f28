"""A title and a surname written with a curly apostrophe ("Ms O’Donnell said"), a person (apostrophe_surnames.py)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_titled_surname_with_a_curly_apostrophe_is_the_person_named_before(nlp):
    said = said_by(
        nlp,
        "Councillor Maeve O’Donnell, who represents Harbour Ward on Lisburn Council, said the flats were damp.",
        "Ms O’Donnell said she would write to the housing minister next week.",
    )
    assert said == [
        ("Maeve O’Donnell", "the flats were damp"),
        ("Maeve O’Donnell", "she would write to the housing minister next week"),
    ]


def test_the_title_and_surname_are_tagged_a_person(nlp):
    doc = nlp("Dr D’Arcy said the ward would reopen in May.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "PERSON"] == [("Dr D’Arcy", "PERSON")]


def test_a_longer_name_the_surname_opens_is_left_alone(nlp):
    doc = nlp("The Dr O’Brien Foundation said the grants would be paid in June.")
    assert not any(e.text == "Dr O’Brien" for e in doc.ents)
