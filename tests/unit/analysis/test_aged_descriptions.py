"""A description that opens with "the" and an age ("The 61-year-old former mayor of Braga said") refers back to the
person named before, as "the 61-year-old" alone does; one that opens with "a" introduces someone new (fictional
text)."""

from __future__ import annotations

from tests.quoting import said_by

LEDE = "“We have won,” the party’s leader, Duarte Serrazina-Lobo, told cheering supporters in Lisbon."


def test_a_description_with_the_and_an_age_is_the_person_named_before(nlp):
    found = said_by(nlp, f"{LEDE} The 61-year-old former mayor of Braga said he would begin talks on Monday.")
    assert ("Duarte Serrazina-Lobo", "he would begin talks on Monday") in found


def test_a_description_with_a_and_an_age_is_someone_new(nlp):  # a guard
    found = said_by(nlp, f"{LEDE} A 61-year-old retired teacher in the crowd said she would vote again.")
    assert ("Duarte Serrazina-Lobo", "she would vote again") not in found
