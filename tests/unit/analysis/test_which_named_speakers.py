"""A speaker's name the recogniser took for a person's, set off by a clause that "which" opens, is an organisation
speaking as itself (fictional text)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_name_which_does_something_speaks_as_an_institution(nlp):
    sentence = "Vela Air, which maintained the jet, said in a statement that its records were in order."
    assert profiles_of(nlp, sentence) == [("Vela Air", "institution", "")]


def test_a_person_who_does_something_stays_a_person(nlp):
    sentence = "Ann Ross, who runs the clinic, said the ward would close in May."
    assert profiles_of(nlp, sentence) == [("Ann Ross", "other", "")]
