"""A name apposed to an organisation whose last word is also a person's noun ("X Research") describes the person by
the noun before the organisation (described_before_bodies.py)."""

from __future__ import annotations

import pytest

from .grid_cells import second_paragraph_profiles

_LEDE = "Wheat prices climbed for a third week on Friday after a dry spring in the southern plains."


@pytest.mark.parametrize(
    ("sentence", "speaker", "role", "affiliation"),
    [
        pytest.param(
            "The head of crop consultants Marlow Research, Edda Voss, said the harvest would be small.",
            "Edda Voss",
            "head",
            "Marlow Research",
            id="research",
        ),
    ],
)
def test_the_person_s_noun_before_the_organisation_is_the_role(nlp, sentence, speaker, role, affiliation):
    said = second_paragraph_profiles(nlp, (_LEDE, sentence))
    assert [(name, given, body) for name, _, given, body in said] == [(speaker, role, affiliation)]
