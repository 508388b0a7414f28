"""A council, committee or board named by the gamblers' harm it works against ("Council on Problem Gambling") is a
charity, so its director holds no public office; a body that regulates gambling ("Gambling Commission") stays a state's
body."""

from __future__ import annotations

import pytest

from dashboard.analysis.quotes.organisations import STATE, organisation_type
from tests.quoting import profiles_of


def test_the_director_of_a_council_on_problem_gambling_holds_no_office(nlp):
    text = (
        "Ada Prewett, executive director of the Lakeshore Council on Problem Gambling, said the state should pay "
        "for more treatment."
    )
    assert profiles_of(nlp, text) == [("Ada Prewett", "other", "Lakeshore Council on Problem Gambling")]


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("Lakeshore Council on Problem Gambling", False),
        ("Gambling Harm Prevention Board", False),
        ("Gambling Commission", True),
        ("State Commission on Problem Gambling", True),
    ],
)
def test_a_name_of_gamblers_harm_is_no_state_body_unless_a_state_word_says_so(name, state):
    assert (organisation_type(name) == STATE) is state
