"""A short name made of a particle and a surname ("Ms. Le Bihan", "de Wauters", "Le Goff") is the person the article
named in full with those last words (particle_surname_links.py)."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Harbour committee chair Anne-Sophie Le Bihan questioned the dredging contract on Monday. "
                f"{L}The port promised the fishers a quay. They got a car park,{R} Ms. Le Bihan said in French.",
            ),
            "Anne-Sophie Le Bihan",
        ),
        (
            (
                "Green councillor Bénédicte de Wauters said the tramway budget had been padded.",
                f"{L}We were promised a tram by spring and a budget that held,{R} Ms. de Wauters told reporters.",
            ),
            "Bénédicte de Wauters",
        ),
    ],
)
def test_a_particle_and_surname_is_the_person_named_in_full(nlp, paragraphs, speaker):
    assert {s for s, _ in said_by(nlp, *paragraphs)} == {speaker}
