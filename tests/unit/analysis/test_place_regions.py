"""A state or province written after the town a described person is placed in ("A voter in Brackwater, Iowa,
said …", "A nurse in Tolland Falls, Ont., said …") is where the town lies, no name of the person (texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    "text",
    [
        "A voter in Brackwater, Iowa, said the race was closer than the polls showed.",
        "A nurse in Tolland Falls, Ont., said the ward had been full since Tuesday.",
        "The mayor of Grisby, Ore., said the bridge would reopen in June.",
    ],
)
def test_the_region_after_the_town_is_no_speaker(nlp, text):
    [(speaker, kind, _)] = profiles_of(nlp, text)
    assert (speaker, kind) == ("", "unnamed")


def test_a_person_named_after_the_place_still_speaks(nlp):
    text = "The head of the relief office in Tolland Falls, Mira Osgood, said the ward had been full since Tuesday."
    [(speaker, _, _)] = profiles_of(nlp, text)
    assert speaker == "Mira Osgood"
