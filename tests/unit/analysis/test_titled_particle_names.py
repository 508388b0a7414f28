"""A name with lower-case particles after a rank or a title is one person, the title left out, though the recogniser
read it as an organisation or cut it at its particle (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_rank_and_a_given_name_before_a_hebrew_surname_with_ben_are_one_speaker(nlp):
    """ "Rear Adm. Avner" taken for an organisation and "ben-Tzur" for a person alone."""
    paragraph = "Navy spokesperson Rear Adm. Ilan ben-Dror said the vessel had been boarded without incident."
    assert [speaker for speaker, _ in said_by(nlp, paragraph)] == ["Ilan ben-Dror"]


def test_a_rank_and_a_dutch_name_with_van_der_are_a_person_not_a_body(nlp):
    paragraph = "Rear Adm. Joost van der Kamp said the frigate would stay in the strait until the end of the month."
    assert [speaker for speaker, _ in said_by(nlp, paragraph)] == ["Joost van der Kamp"]


def test_a_given_name_and_a_surname_led_by_ben_after_two_ranks_are_one_speaker(nlp):
    paragraph = "Army spokesman Lt. Col. Amos ben Yehuda said the border had been quiet."
    assert [speaker for speaker, _ in said_by(nlp, paragraph)] == ["Amos ben Yehuda"]


def test_a_name_with_particles_taken_for_an_organisation_after_an_office_is_a_person(nlp):
    """ "Presidential spokeswoman Inés Carvajal de la Fuente": the recogniser may take the whole name for an
    organisation, so that a later "she said" finds no woman to stand for; the name after the office is a person."""
    paragraph = (
        "Presidential spokeswoman Inés Carvajal de la Fuente added that the decree was signed on Sunday night. Asked "
        "whether more would follow, she said: \u201cEverything in its time.\u201d"
    )
    assert [speaker for speaker, _ in said_by(nlp, paragraph)] == ["Inés Carvajal de la Fuente"] * 2
