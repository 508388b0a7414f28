"""A state body named with its country speaks as that country's body, and a body of another country or portfolio,
described later with the same noun, is never taken for it (fictional texts)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Norway's Health Ministry said on Monday that the clinics would reopen next week.",
            ("Norway's Health Ministry", "institution", ""),
        ),
        (
            "Chile's Energy Ministry said the new tariffs would take effect in March.",
            ("Chile's Energy Ministry", "institution", ""),
        ),
    ],
)
def test_a_state_body_written_after_its_country_s_possessive_speaks_with_the_country(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


def test_a_body_of_another_country_and_portfolio_is_not_the_body_that_spoke_before(nlp):
    assert profiles(
        nlp,
        "Norway's Health Ministry said on Monday that the clinics would reopen next week.",
        "The Swedish foreign ministry said in a statement that it had summoned the Norwegian envoy.",
    ) == [
        ("Norway's Health Ministry", "institution", ""),
        ("Swedish foreign ministry", "institution", ""),
    ]


def test_the_same_portfolio_described_again_is_the_body_that_spoke(nlp):
    assert profiles(
        nlp,
        "Norway's Health Ministry said on Monday that the clinics would reopen next week.",
        "The health ministry said later that two clinics would stay shut.",
    ) == [
        ("Norway's Health Ministry", "institution", ""),
        ("Norway's Health Ministry", "institution", ""),
    ]
