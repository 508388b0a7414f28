"""Names run on over their particles to a surname the recogniser tagged on its own (particle_names): a person cut at
"van" before "der" and a surname it tagged a person ("Hennie van" + "der" + "Merwe"), or a hyphenated surname it tagged
an organisation ("Merwe-Coetzee"), is one person, as South African and Dutch names are written."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Farm leader Hennie van der Merwe said the co-operative had lost half its crop to hail.",
            "Hennie van der Merwe",
        ),
        (
            "Growers’ association chair Johan van der Merwe-Coetzee said the tariff would close several dairies.",
            "Johan van der Merwe-Coetzee",
        ),
    ],
)
def test_a_name_cut_at_its_particles_is_one_speaker(nlp, paragraph, speaker):
    assert [s for s, _ in said_by(nlp, paragraph)] == [speaker]


def test_a_particle_before_a_longer_organisation_leaves_it_alone(nlp):
    paragraph = "Marie de Bordeaux Wine Council said the harvest had been poor."
    assert "Marie de Bordeaux" not in [s for s, _ in said_by(nlp, paragraph)]
