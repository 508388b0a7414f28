"""A name joined by a lower-case particle is one person even where the recogniser cut it in two (fictional text)."""

from __future__ import annotations

from tests.quoting import profiles_of, said_by


def test_a_name_cut_at_its_particle_is_one_speaker(nlp):
    paragraph = "Saudi Energy Minister Prince Abdulaziz bin Salman said the group would act to support the market."
    assert profiles_of(nlp, paragraph) == [("Abdulaziz bin Salman", "official", "Saudi Arabia")]


def test_a_name_run_on_over_its_particles_to_a_surname_taken_for_something_else_is_one_speaker(nlp):
    """ "Foreign Minister Hendrik van den Brink": the recogniser may end the person at a particle and take the surname
    for an organisation; the particles and the proper noun they lead to are the rest of the name."""
    rows = said_by(nlp, "The ceasefire was over, Foreign Minister Hendrik van den Brink said at a news conference.")
    assert [speaker for speaker, _ in rows] == ["Hendrik van den Brink"]


def test_a_given_name_joined_by_a_hyphen_is_one_speaker_with_the_surname(nlp):
    """ "Fatima-Zohra Haddad": the recogniser may cut a hyphenated given name at its hyphen into two people."""
    rows = said_by(nlp, "His lawyer, Fatima-Zohra Haddad, told reporters that her client was being held.")
    assert [speaker for speaker, _ in rows] == ["Fatima-Zohra Haddad"]


def test_a_portuguese_particle_between_two_parts_of_one_name_joins_them(nlp):
    """ "Luiza Helena dos Reis Teixeira": the recogniser may tag the given names and the surnames as two people with
    the particle "dos" (or "das") alone between them; the speaker is the whole name, not its surnames alone."""
    paragraph = (
        "Luiza Helena dos Reis Teixeira, coordinator of the Mata Viva network, said the dam would flood a valley."
    )
    assert [speaker for speaker, _ in said_by(nlp, paragraph)] == ["Luiza Helena dos Reis Teixeira"]
