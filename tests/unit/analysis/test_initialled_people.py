"""People a story names by their initials only, once it says so ("identified in the ruling only as R.K."): every
mention of the initials is the person's, and a "he said" after them is theirs (initialled_people)."""

from __future__ import annotations

from tests.quoting import profiles_of, said_by

RULING = (
    "Judge Mona Feld-Aberg wrote that the assessment had been careless. The young man, identified in the ruling "
    "only as R.K., had arrived on a small boat in March."
)
HEARING = (
    "R.K., speaking to reporters through an interpreter after the hearing, said he wanted to go back to school. “In "
    "Tessaly I was in the ninth grade,” he said."
)


def test_initials_a_story_says_someone_is_called_speak_as_that_person(nlp):
    assert ("R.K.", "other", "") in profiles_of(nlp, RULING, HEARING)


def test_a_pronoun_after_initials_a_story_says_someone_is_called_is_theirs(nlp):
    assert ("R.K.", "“In Tessaly I was in the ninth grade,”") in said_by(nlp, RULING, HEARING)


def test_initials_of_a_country_stay_a_place(nlp):
    rows = profiles_of(nlp, "The U.S. said the talks would resume in May.")
    assert all(kind != "other" for _, kind, _ in rows), rows
