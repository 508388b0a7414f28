"""A company's short name that the recogniser took for a person inside what someone said ("… said that no one had
been hurt and that Kestrup would resume flights") is no sign that the company's full name is a person's, as a child's
given name alone is in a feature ("“…,” Tristan says"): the company stays an organisation, and "The company's
founder" and "Its spokeswoman" are tied to it (missed_names.bare_subjects; texts of our own)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_company_s_short_name_in_a_reported_clause_leaves_the_company_an_organisation(nlp):
    rows = profiles_of(
        nlp,
        "OSLO, Nov 12 (Reuters) - A drone built by the Danish start-up Kestrup Aviation crashed into the Baltic Sea on "
        "Tuesday, destroying the parcels it carried.",
        "Kestrup Aviation's chief pilot Anders Lindhardt said the aircraft had lost power over the water.",
        "The company's founder, Mette Skovbjerg, said that no one had been hurt and that Kestrup would resume flights "
        "next month.",
        "Its spokeswoman, Line Dalgaard, said the drone had been found by a fishing boat.",
    )
    assert rows[1:] == [
        ("Mette Skovbjerg", "other", "Kestrup Aviation"),
        ("Line Dalgaard", "other", "Kestrup Aviation"),
    ]
