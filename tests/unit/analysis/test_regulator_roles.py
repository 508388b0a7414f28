"""A role owned by "the regulator" is held at a public body (texts of our own): "The regulator's chief, X," is an
official, as "the agency's director" is, when the article leaves the role no organisation's name (a body named
between the regulator and the role, not called the regulator)."""

from __future__ import annotations

import pytest

from dashboard.analysis.quotes.kinds import kind_of
from tests.quoting import profiles_of


@pytest.mark.parametrize("role", ["The regulator's chief", "the regulator's director general", "the agency's director"])
def test_a_role_owned_by_a_public_body_is_an_officials(role):
    assert kind_of(role, "") == "official"


def test_the_regulators_chief_is_an_official(nlp):
    rows = profiles_of(
        nlp,
        "MUMBAI -- India's aviation regulator on Friday ordered Kestrel Air to ground 18 of its jets for checks, "
        "the latest blow to a carrier already struggling to pay its lessors.",
        "The Office of Air Worthiness said in a circular that cracks had been found in two of the engines.",
        "The regulator's chief, Odile Marchetti, told reporters that safety would not be traded for schedules.",
    )
    assert [(speaker, kind) for speaker, kind, _ in rows][1:] == [("Odile Marchetti", "official")]
