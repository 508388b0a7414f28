"""A person's given name the recogniser ran into the organisation that owns the person ("the Harbour Union Party’s
Avram" tagged a body, "Tolek" a person): the body ends at its possessive mark and the person is named in full
(given_named_people; fictional text)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_given_name_run_into_its_party_is_the_persons(nlp):
    profiles = profiles_of(
        nlp,
        "“In foreign policy, there are interests and there are values,” the Harbour Union Party’s Avram Tolek told "
        "the AP. “Values should win.”",
    )
    assert profiles == [("Avram Tolek", "official", "Harbour Union Party")]


def test_a_title_after_the_possessive_stays_out_of_the_name(nlp):
    rows = profiles_of(nlp, "“We will vote no,” the Harbour Union Party’s Senator Tolek told the AP.")
    assert rows and all(not speaker.startswith("Senator") for speaker, _, _ in rows)
