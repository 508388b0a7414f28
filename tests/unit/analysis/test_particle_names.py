"""A name joined by a lower-case particle is one person even where the recogniser cut it in two (fictional text)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_name_cut_at_its_particle_is_one_speaker(nlp):
    paragraph = "Saudi Energy Minister Prince Abdulaziz bin Salman said the group would act to support the market."
    assert profiles_of(nlp, paragraph) == [("Abdulaziz bin Salman", "official", "Saudi Arabia")]
