"""The chief scientist of a state's body ("the agency's chief scientist", "Its deputy chief scientist", "the
regulator's chief epidemiologist") holds a post of that body and speaks for it, as "the state epidemiologist" does: an
official. A chief scientist at a research institute or a company, and a scientist of the body with no chief's post,
keep the expert's kind. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of

_AGENCY = "LONDON, May 12 (Reuters) - The Food Hygiene Agency said on Tuesday that chicken was being recalled."
_BUREAU = "The Federal Pipeline Safety Bureau said on Monday that the operator must shut the line."


@pytest.mark.parametrize(
    ("opening", "second", "name", "body"),
    [
        (
            _AGENCY,
            "The agency's chief scientist, Priya Lanchester-Holt, said at least 31 people had fallen ill.",
            "Priya Lanchester-Holt",
            "Food Hygiene Agency",
        ),
        (
            _AGENCY,
            "The agency's chief epidemiologist, Priya Lanchester-Holt, said the outbreak had peaked.",
            "Priya Lanchester-Holt",
            "Food Hygiene Agency",
        ),
        (
            _BUREAU,
            "Its deputy chief scientist, Ann Morrow-Tilney, said corrosion had been found in three places.",
            "Ann Morrow-Tilney",
            "Federal Pipeline Safety Bureau",
        ),
    ],
)
def test_a_state_bodys_chief_scientist_is_an_official(nlp, opening, second, name, body):
    assert (name, "official", body) in profiles_of(nlp, opening, second)


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        (
            "Tom Ellery-Shaw, chief scientist at the Norland Institute for Marine Research, said the reef would "
            "recover.",
            "Tom Ellery-Shaw",
            "Norland Institute for Marine Research",
        ),
        (
            "Marta Kovacs-Lind, the chief scientist of Brightwell Robotics, said the company's robots would learn "
            "faster.",
            "Marta Kovacs-Lind",
            "Brightwell Robotics",
        ),
        (
            "Paul Dempsey-Arn, a senior scientist at the Food Hygiene Agency, said the bacteria had spread in the "
            "plant.",
            "Paul Dempsey-Arn",
            "Food Hygiene Agency",
        ),
    ],
)
def test_other_scientists_stay_experts(nlp, text, name, body):
    assert profiles_of(nlp, text) == [(name, "analyst", body)]
