""" "resident" before the post an international body keeps in a country ("the Fund's resident representative", "the
World Bank's resident representative") describes the post, and makes no member of the public of the one who holds
it: they speak for the body, an official; a resident of a town stays one (real pipeline; fictional people).
"""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of

_POSTS = [
    (
        "The International Monetary Fund agreed a new loan with Tovbekistan on Tuesday.",
        "The lender's resident representative, Ilse Marrow-Quint, told a radio station the board would vote in June.",
        ("Ilse Marrow-Quint", "official", "International Monetary Fund"),
    ),
    (
        "The World Bank approved $300 million for roads in Tovbekistan.",
        "Danuta Fiell, the World Bank's resident representative in the capital, said the money would reach the "
        "provinces first.",
        ("Danuta Fiell", "official", "World Bank"),
    ),
]


@pytest.mark.parametrize(("opening", "text", "profile"), _POSTS)
def test_a_resident_representative_of_an_international_body_is_an_official(nlp, opening, text, profile):
    assert profiles_of(nlp, opening, text)[-1] == profile


def test_a_resident_of_a_town_is_still_one_of_the_public(nlp):
    rows = profiles_of(nlp, "Ondrej Halloway-Kast, a resident of the capital, said the roads had not been repaired.")
    assert [(speaker, kind) for speaker, kind, _ in rows] == [("Ondrej Halloway-Kast", "other")]
