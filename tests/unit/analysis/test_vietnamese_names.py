"""A Vietnamese name, family name first, is the speaker's whole, and the given name alone later is the same person
(fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_vietnamese_name_is_the_speaker_and_its_given_name_later_the_same_person(nlp):
    """ "Pham Duc Khoa", untagged, and "Dang Thu Huong", cut after the family name: each is one person, and "Khoa"
    later is the first."""
    rows = said_by(
        nlp,
        "The talks were co-chaired by Vietnamese Deputy Minister of Agriculture Pham Duc Khoa.",
        "Khoa, for his part, expressed hope that exports of coffee to the region would double by 2030.",
        "Vietnamese Ambassador to Thailand Dang Thu Huong told reporters that the embassy would open a trade office.",
    )
    assert [speaker for speaker, _ in rows] == ["Pham Duc Khoa", "Dang Thu Huong"]


def test_a_city_named_after_a_person_is_no_speaker(nlp):
    """ "Ho Chi Minh City": a capitalised word after the name makes it part of a longer one."""
    rows = said_by(nlp, "Officials in Ho Chi Minh City said the new metro line would open in June.")
    assert [speaker for speaker, _ in rows] == [""]
