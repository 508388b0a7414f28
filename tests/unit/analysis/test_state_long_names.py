"""A state the wires name by a long form ("Congo Republic's President X", "Congo-Brazzaville's prime minister") is the
state its short name names, so its officers are officials tied to it; a company whose name holds the long form stays a
company. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Congo Republic's President Gilbert Mavoungou-Elenga said the vote had been calm.",
            ("Gilbert Mavoungou-Elenga", "official", "Congo"),
        ),
        (
            "Congo-Brazzaville's prime minister, Anatole Ibara-Nkounkou, told reporters the budget would pass.",
            ("Anatole Ibara-Nkounkou", "official", "Congo"),
        ),
    ],
)
def test_a_state_named_by_its_long_form_holds_its_officers(nlp, paragraph, expected):
    assert profiles_of(nlp, paragraph) == [expected]


def test_a_company_named_with_the_long_form_stays_a_company(nlp):
    paragraph = "Pierre Loemba-Tchicaya, chief executive of Congo Republic Timber, said exports had fallen."
    assert profiles_of(nlp, paragraph) == [("Pierre Loemba-Tchicaya", "other", "Congo Republic Timber")]
