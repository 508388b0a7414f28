"""A company the article introduces by its trade ("the Swiss refiner Valmora Affinage") and then calls by the first
word of its name alone ("Valmora said") speaks as itself, though the recogniser tags the short name a person's and a
given name alone may be a person's in a feature; a person named in full and then by a given name stays a person.
Fictional texts throughout."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_refiner_called_by_its_short_name_speaks_as_itself(nlp):
    found = profiles_of(
        nlp,
        "The Precious Metals Delivery Council said on Tuesday it had removed the Swiss refiner Valmora Affinage from "
        "its list of approved gold refiners.",
        "Valmora said in a statement that it would appeal and that the gold in question came from recycled jewellery.",
    )
    assert found == [
        ("Precious Metals Delivery Council", "institution", ""),
        ("Valmora Affinage", "institution", ""),
    ]


def test_another_refiner_called_by_its_short_name_speaks_as_itself(nlp):
    found = profiles_of(
        nlp,
        "The Bullion Standards Board said on Monday it had suspended the Italian refiner Corvina Aurifera from its "
        "list of approved refiners.",
        "Corvina said in a statement that it would appeal and that its gold came from recycled jewellery.",
    )
    assert found == [("Bullion Standards Board", "institution", ""), ("Corvina Aurifera", "institution", "")]


def test_a_person_named_in_full_and_then_by_her_given_name_stays_a_person(nlp):
    found = profiles_of(
        nlp,
        "For pupils like Maren Ostby, 11, the new school bus route means leaving home an hour earlier.",
        '"I have to get up when it is still dark," Maren says.',
    )
    assert [(speaker, kind) for speaker, kind, _ in found] == [("Maren Ostby", "other")]
