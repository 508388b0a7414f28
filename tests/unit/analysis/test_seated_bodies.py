"""A company set off by where it is based ("Tasman Lumen, based in Adelaide, said it would …") that the recogniser
took for a person (or, named before, a work): it speaks as an institution, and "Its founder" after it is tied to it
(entity_labels.organisations_in_apposition, seated_bodies; texts of our own). A person so set off whose name opens
with a known given name stays a person."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_company_set_off_by_where_it_is_based_speaks_as_an_institution_and_owns_its_founder(nlp):
    rows = profiles_of(
        nlp,
        "The regulator on Monday granted Tasman Lumen a licence to fly 1,200 internet satellites over the country.",
        "Tasman Lumen, based in Adelaide, said it would launch its first 60 satellites in March.",
        "Its founder, Declan Ruhweza-Shaw, said the network would bring fast internet to remote farms.",
    )
    assert rows == [
        ("Tasman Lumen", "institution", ""),
        ("Declan Ruhweza-Shaw", "other", "Tasman Lumen"),
    ]


def test_a_person_set_off_by_where_she_is_based_stays_a_person(nlp):
    rows = profiles_of(nlp, "Sarah Whitlock, based in Geneva, said the talks would resume next week.")
    assert [(name, kind) for name, kind, _ in rows] == [("Sarah Whitlock", "other")]
