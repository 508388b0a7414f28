"""Honorifics of southern Africa before a name ("Gogo" for an elderly woman, "Ntate" for a man) are
titles, no part of the speaker's name (names.HONORIFICS), as "Shri" and "Sheikh" are."""

from __future__ import annotations

import pytest

from dashboard.analysis.names import clean_name
from tests.quoting import said_by


@pytest.mark.parametrize(
    ("mention", "name"),
    [("Gogo Nomvula Dube", "Nomvula Dube"), ("Ntate Tebogo Masilo", "Tebogo Masilo")],
)
def test_a_southern_african_honorific_is_no_part_of_the_name(mention, name):
    assert clean_name(mention, "PERSON") == name


def test_a_villager_behind_an_honorific_is_the_speaker_without_it(nlp):
    paragraph = "Villagers crowded the hall. ‘We have waited ten years for a clinic,’ said Gogo Nomvula Dube, 81."
    assert [s for s, _ in said_by(nlp, paragraph)] == ["Nomvula Dube"]
