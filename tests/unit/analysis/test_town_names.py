"""A town's name tagged a person's in a headline ("Quillby Landing’s west side …") is no person: its words in the body
("the Quillby Landing fire department") stand for no one named between a man and the description that refers back to
him ("recalls the retired firefighter"), which stays his (town_names.py)."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by


@pytest.mark.parametrize("town", ["Quillby Landing", "Ostrander Falls"])
def test_a_town_in_the_headline_names_no_one_in_the_body(nlp, town):
    rows = said_by(
        nlp,
        f"A year after the fire, {town}’s west side is still mostly gravel",
        f"Lyle Harwick, 71, spent 34 years on the {town} fire department. {L}It came over the ridge like a train,{R} "
        "recalls the retired firefighter.",
    )
    assert [speaker for speaker, _ in rows] == ["Lyle Harwick"]


def test_a_person_of_two_words_still_speaks(nlp):
    rows = said_by(
        nlp,
        "A year after the fire, Dana Harwick’s bakery is still closed",
        f"Dana Harwick spent 20 years at the bakery. {L}We will open again,{R} Harwick said.",
    )
    assert [speaker for speaker, _ in rows] == ["Dana Harwick"]
