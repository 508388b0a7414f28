"""A role held now that a name is set off after ("Y's chairman, X, a former justice minister, said", "The head of the
Y observer mission, X, a former foreign minister, said") outweighs the past post an apposition after the name gives:
the person speaks in that role, not as a former official speaking as an expert; a role that is itself past ("Its
former chairman, X,") or no role before the name leaves the former official an expert. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Halden Mining's chairman, Paulette Ondo-Mebale, a former justice minister, said profits would rise.",
            ("Paulette Ondo-Mebale", "other", "Halden Mining"),
        ),
        (
            "The head of the African Union observer mission, Paulette Ondo-Mebale, a former Gabonese justice minister, "
            "said the count was slow.",
            ("Paulette Ondo-Mebale", "official", "African Union"),
        ),
    ],
)
def test_a_role_held_now_before_the_name_outweighs_a_past_post_after_it(nlp, paragraph, expected):
    assert profiles_of(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Its former chairman, Paulette Ondo-Mebale, a former justice minister, said profits would rise.",
            ("Paulette Ondo-Mebale", "analyst", ""),
        ),
        (
            "Paulette Ondo-Mebale, a former Gabonese justice minister, said the count was slow.",
            ("Paulette Ondo-Mebale", "analyst", "Gabon"),
        ),
    ],
)
def test_a_past_role_or_none_leaves_the_former_official_an_expert(nlp, paragraph, expected):
    assert profiles_of(nlp, paragraph) == [expected]
