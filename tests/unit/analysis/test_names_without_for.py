"""A body named again without the "for …" or "on …" of the field its full name ends with ("The X Institute said" after
"the X Institute for Regional Studies") speaks under its full name; a body whose name is followed by words of no name
("the X Centre for the elderly") keeps the name it was given. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("paragraphs", "full"),
    [
        (
            (
                "The Marrowby Institute for Regional Studies published a review of the plan on Monday.",
                "The Marrowby Institute said in a statement that it would hold hearings next month.",
            ),
            "Marrowby Institute for Regional Studies",
        ),
        (
            (
                "The Fenholt Council on Trade Policy held its annual meeting in Leeds this week.",
                "The Fenholt Council said on Friday that tariffs would hurt exporters.",
            ),
            "Fenholt Council on Trade Policy",
        ),
    ],
)
def test_a_body_named_again_without_its_field_speaks_under_its_full_name(nlp, paragraphs, full):
    assert profiles_of(nlp, *paragraphs) == [(full, "institution", "")]


def test_a_body_whose_name_is_followed_by_words_of_no_name_keeps_its_name(nlp):
    found = profiles_of(
        nlp,
        "The town opened the Ashcombe Centre for the elderly last spring.",
        "The Ashcombe Centre said it would stay open through the winter.",
    )
    assert found == [("Ashcombe Centre", "institution", "")]
