""" "X, deputy director of the ministry's import department," paragraphs after "Vietnam's trade ministry said …" serves
that ministry: when the article has described one ministry speaking, "the ministry's" means it however far back it
spoke, not a body called "ministry's import department". With two ministries described speaking far back, the noun
could mean either, and the person keeps the department as it is written. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of

_FILLER = (
    "Exporters said the move would cost them millions.",
    "The Australian embassy said it was seeking talks.",
    "Prices at Jakarta markets rose by a tenth.",
)


@pytest.mark.parametrize(
    ("paragraphs", "name", "ministry"),
    [
        (
            (
                "HANOI, Sept 4 (AFP) - Vietnam's trade ministry said on Wednesday it had banned imports of infant "
                "formula from a Danish dairy.",
                "The dairy said it had recalled formula in 14 countries.",
                "A spokesman for the Danish embassy, Anders Holmgaard-Lie, said the embassy hoped trade would resume.",
                "Parents in Hanoi queued at pharmacies to return tins.",
                "Nguyen Thi Thu Hoai, deputy director of the ministry's import department, told reporters that "
                "shipments would be sent back.",
            ),
            "Nguyen Thi Thu Hoai",
            "Vietnam's trade ministry",
        ),
        (
            (
                "JAKARTA, May 2 (Reuters) - Indonesia's agriculture ministry said on Monday it would halt imports of "
                "live cattle from two Australian states.",
                *_FILLER,
                "Budi Hartanto-Sule, director of the ministry's animal health department, said the ban would last "
                "three months.",
            ),
            "Budi Hartanto-Sule",
            "Indonesia's agriculture ministry",
        ),
    ],
)
def test_the_one_ministry_far_back_is_meant(nlp, paragraphs, name, ministry):
    assert (name, "official", ministry) in profiles_of(nlp, *paragraphs)


def test_two_ministries_far_back_leave_the_department(nlp):
    profiles = profiles_of(
        nlp,
        "JAKARTA, May 2 (Reuters) - Indonesia's agriculture ministry said on Monday it would halt imports of live "
        "cattle from two Australian states.",
        "Indonesia's trade ministry said it would look for other suppliers.",
        *_FILLER,
        "Budi Hartanto-Sule, director of the ministry's animal health department, said the ban would last three "
        "months.",
    )
    assert ("Budi Hartanto-Sule", "official", "ministry's animal health department") in profiles
