"""A state's fleet, flotilla, theatre or combatant command or joint headquarters is a state body, though its name
carries no word of a ministry, an army or a navy: its spokespeople speak for a state (officials), not for a company,
and it speaks as itself with the country written before it, as other armed services do. Fictional people
throughout; each case is (paragraphs, (speaker, kind, affiliation) of each quote)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "A spokesman for Russia's Pacific Fleet, Ivan Dorokhin, told reporters that the drills would last a "
                "week.",
            ),
            [("Ivan Dorokhin", "official", "Russia's Pacific Fleet")],  # was "other", a company's spokesman
        ),
        (
            ("Seventh Fleet spokeswoman Dana Marsh said two destroyers had sailed through the strait.",),
            [("Dana Marsh", "official", "Seventh Fleet")],  # was "other"
        ),
        (
            ("Norway's Joint Headquarters said it had sent a frigate to follow the convoy.",),
            [("Norway's Joint Headquarters", "institution", "")],  # was a person
        ),
    ],
)
def test_a_fleet_or_a_command_is_a_state_body(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected
