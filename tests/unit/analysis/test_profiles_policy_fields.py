"""A body named by a field of policy it studies or argues for ("Arms Control Association") is a think tank, whose
policy staff speak as experts; a state's body so named stays the state's (fictional texts)."""

from __future__ import annotations

import pytest

from dashboard.analysis.quotes.organisations import RESEARCH, STATE, organisation_type
from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Mira Solberg, director for disarmament policy at the Baltic Arms Control Association, said the treaty "
            "had no way to check the missiles.",
            ("Mira Solberg", "analyst", "Baltic Arms Control Association"),
        ),
        (
            "Tomas Ekland, policy director at the Nordic Foreign Policy Association, said the talks would stall.",
            ("Tomas Ekland", "analyst", "Nordic Foreign Policy Association"),
        ),
    ],
)
def test_the_policy_staff_of_a_body_named_by_a_field_of_policy_are_experts(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Baltic Arms Control Association", RESEARCH),
        ("Arms Control and Disarmament Agency", STATE),
        ("Department of Disarmament Affairs", STATE),
    ],
)
def test_a_name_with_a_field_of_policy_is_a_think_tank_s_unless_a_word_makes_it_the_state_s(name, kind):
    assert organisation_type(name) == kind
