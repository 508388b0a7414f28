"""A name of two words the recogniser took for a person, set before an apposition with a company's noun ("X, a private
hospital group that runs 84 hospitals, said"), is the company speaking as itself (real pipeline, fictional texts)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_name_described_after_it_as_a_hospital_group_speaks_as_an_institution(nlp):
    profiles = profiles_of(
        nlp,
        "Carvello Kliniken, a private hospital group that runs 40 hospitals, said it would close two wards in "
        "the spring.",
    )
    assert profiles == [("Carvello Kliniken", "institution", "")]


def test_a_person_described_after_the_name_by_a_role_stays_a_person(nlp):
    profiles = profiles_of(nlp, "Anna Roth, the company's founder, said the wards would stay open.")
    assert profiles == [("Anna Roth", "other", "")]
