"""Themes of the mends made after the thirtieth probe batch: players or workers who did something "like soldiers"
are no army.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_people_who_fought_like_soldiers_are_no_army(themes, nlp):
    match = [
        "United and Wanderers drew 2-2 on Saturday in a tense game decided by two late goals.",
        '"They defended like soldiers for ninety minutes," the Wanderers coach said of his back four.',
        "The kitchen staff worked like a soldier on parade all night to feed the guests, the hotel said.",
    ]
    assert article(themes, nlp, "Wanderers Hold United To Draw", match)[1:] == [[], []]
