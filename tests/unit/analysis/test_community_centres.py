"""A centre named by the community it gathers, the faith it serves or the care it gives is that community's own
body: its president or director speaks as a charity's staff do (`other`), no expert; a word of study in the name keeps
a research centre, whose staff are analysts. Fictional bodies and people; each case is (paragraph, (speaker, kind,
affiliation) of the one quote)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Rania Khoury, the president of the Eastgate Islamic Centre, said families had found the damage at dawn.",
            ("Rania Khoury", "other", "Eastgate Islamic Centre"),
        ),
        (
            "Dale Okafor, director of the Millbrook Community Centre, said the pool would reopen in June.",
            ("Dale Okafor", "other", "Millbrook Community Centre"),
        ),
        (
            "Ilse Brandt, executive director of the Harbourside Newcomer Centre, said the waiting list had doubled.",
            ("Ilse Brandt", "other", "Harbourside Newcomer Centre"),
        ),
    ],
)
def test_the_head_of_a_community_s_centre_is_no_expert(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Omar Haidari, a fellow at the Kestrel Centre for Islamic Studies, said the ruling would be appealed.",
            ("Omar Haidari", "analyst", "Kestrel Centre for Islamic Studies"),
        ),
        (
            "Greta Lund, director of the Center for Women in Civic Life at Ardmoor University, said turnout had risen.",
            ("Greta Lund", "analyst", "Center for Women"),  # the recogniser ends the name at "in"
        ),
    ],
)
def test_a_centre_of_study_keeps_its_experts(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]
