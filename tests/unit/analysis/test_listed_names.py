"""A full name the recogniser missed in a list of people's names it tagged is a person's, and a later surname
(tagged a place or a work, or not at all) is that person: a fictional local election story."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_surname_is_the_full_name_the_recogniser_missed_in_a_list_of_candidates(nlp):
    """ "The candidates are Liberal Anita Sharma, Progressive Conservative Tom Bell, …": the first name went
    untagged and the later "Sharma" was tagged a place; both quotes are the candidate's, by her full name."""
    rows = said_by(
        nlp,
        "Four people are running for mayor of Elmvale. The candidates are Liberal Anita Sharma, Progressive "
        "Conservative Tom Bell, New Democrat Ana Cruz and independent Gary Tse.",
        "Sharma, a dentist who has lived in the town for 20 years, argued that the bridge had waited too long. "
        f"{L}Mr. Bell has had eight years to fix it,{R} she said.",
    )
    assert rows == [
        ("Anita Sharma", "the bridge had waited too long"),
        ("Anita Sharma", f"{L}Mr. Bell has had eight years to fix it,{R}"),
    ]
