"""A regulator the recogniser did not tag, with a hyphen in its name ("The Trans-Tasman Food Authority said …"), is
still the body that "the regulator's" or "the watchdog's" means in the next paragraph: the untagged subject of a main
clause keeps the words a hyphen joins, and the one state body named so counts for the noun. A body that is no state's
("the Trans-Tasman Berry Growers Association") is no regulator, and the person stays with no body. Fictional texts."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("opening", "second", "name", "body"),
    [
        (
            "SYDNEY, Feb 20 (Reuters) - The Trans-Tasman Food Authority said on Thursday that frozen mixed berries "
            "were being recalled after 18 people fell ill.",
            "The regulator's chief executive, Helen Markovic-Shaw, said the berries had been imported.",
            "Helen Markovic-Shaw",
            "Trans-Tasman Food Authority",
        ),
        (
            "LONDON, March 2 (Reuters) - The Trans-Pennine Water Authority said on Tuesday that it had ordered a "
            "utility to cut leaks by a third.",
            "The regulator's director of enforcement, Gemma Ashworth-Pryce, said the utility had missed every target "
            "since 2019.",
            "Gemma Ashworth-Pryce",
            "Trans-Pennine Water Authority",
        ),
        (
            "OTTAWA, Jan 14 (Reuters) - The Franco-Ontarian Pharmacy Authority said on Wednesday it had suspended "
            "the licences of two pharmacists.",
            "The watchdog's registrar, Luc Berthiaume-Kell, said the pair had sold opioids without prescriptions.",
            "Luc Berthiaume-Kell",
            "Franco-Ontarian Pharmacy Authority",
        ),
    ],
)
def test_the_regulators_staff_are_tied_to_it(nlp, opening, second, name, body):
    assert (name, "official", body) in profiles_of(nlp, opening, second)


def test_a_growers_association_is_no_regulator(nlp):
    profiles = profiles_of(
        nlp,
        "SYDNEY, Feb 20 (Reuters) - The Trans-Tasman Berry Growers Association said on Thursday that frozen berries "
        "were being recalled.",
        "The regulator's chief executive, Helen Markovic-Shaw, said the berries had been imported.",
    )
    assert ("Helen Markovic-Shaw", "official", "") in profiles
