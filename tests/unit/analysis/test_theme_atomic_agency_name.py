"""The UN's atomic agency told by its full name is as much an international body as its letters ("IAEA"), so a
paragraph of its team or its report is diplomacy (the shipped themes file). A state's own atomic energy body at home is
no international body and stays as it was. The full name weighs as its letters do, short of a label alone: a story of
relations between states carries it. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article


@pytest.mark.parametrize(
    "text",
    [
        "A team from the International Atomic Energy Agency visited the site in March and will review the plant's "
        "safety before it is loaded with fuel, the agency said.",
        "Inspectors of the International Atomic Energy Agency will return to the site next month, the two "
        "governments said.",
    ],
)
def test_the_atomic_agency_by_its_full_name_is_diplomacy_in_a_story_of_states(themes, nlp, text):
    lead = (
        "Work began on Monday on Kazakhstan's first nuclear power plant, which a Korean state company is building, "
        "as the presidents of the two countries watched by video link from Seoul."
    )
    assert "diplomacy" in article(themes, nlp, "Kazakhstan pours first concrete at nuclear plant", [lead, text])[1]


def test_a_states_own_atomic_energy_body_is_no_diplomacy(themes, nlp):
    text = "The national atomic energy commission said the reactor would restart in May after repairs to its pumps."
    assert "diplomacy" not in article(themes, nlp, "Reactor to restart in May", [text])[0]
