"""A federal prosecutor named by the title the wire writes before the name ("U.S. Attorney X", "Assistant U.S.
Attorney X") holds a public office and is an official, tied to no body by "U.S." or "Assistant U.S." read as one
(quotes/local_offices.py); a lawyer in private practice stays `other`. Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_an_assistant_us_attorney_is_an_official_of_no_body_read_from_the_title(nlp):
    found = profiles_of(nlp, "Assistant U.S. Attorney Joan Whitby told jurors the men had staged 40 crashes.")
    assert ("Joan Whitby", "official", "") in found


def test_a_us_attorney_before_the_name_is_an_official(nlp):
    found = profiles_of(nlp, "U.S. Attorney Leon Farrah said the ring had recruited passengers on social media.")
    assert [kind for _, kind, _ in found] == ["official"]


def test_a_defence_lawyer_stays_other(nlp):
    found = profiles_of(nlp, "Defense attorney Ruth Kessler said her client had done nothing wrong.")
    assert [kind for _, kind, _ in found] == ["other"]


def test_the_us_attorney_general_keeps_the_state_he_serves(nlp):
    found = profiles_of(nlp, "U.S. Attorney General Miriam Ostrander said the department would appeal the ruling.")
    assert ("Miriam Ostrander", "official", "U.S.") in found
