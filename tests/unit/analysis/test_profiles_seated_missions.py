"""An embassy, consulate or high commission speaks by its name with the city it sits in ("Chile's embassy in
Canberra"), which tells which of the state's missions spoke; a ministry keeps its name without the place of an
event. Fictional statements throughout; each case is (paragraphs, (speaker, kind, affiliation) of each quote)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("Chile's embassy in Canberra said in a statement that the fishing fleet had stayed in open waters.",),
            [("Chile's embassy in Canberra", "institution", "")],  # was "Chile's embassy"
        ),
        (
            ("Chile's embassy in Varnholt said its fishing fleet had stayed in open waters.",),
            [("Chile's embassy in Varnholt", "institution", "")],  # a city the recogniser does not know
        ),
        (
            ("Ghana's high commission in London said the students would be flown home on Friday.",),
            [("Ghana's high commission in London", "institution", "")],  # was "Ghana's high commission"
        ),
        (
            (
                "Norway's high commission in Accra, which shares a building with two other missions, said the "
                "visa office would reopen on Monday.",
            ),
            [("Norway's high commission in Accra", "institution", "")],  # was the name with the clause after it
        ),
        (
            (
                "The Danish embassy in Lusaka will close its visa section for a week after a flood damaged the "
                "building, the embassy said on Sunday.",
            ),
            [("Danish embassy in Lusaka", "institution", "")],  # "the embassy" was "Danish embassy", no city
        ),
        (
            ("Peru's foreign ministry in Lima said the talks would resume next month.",),
            [("Peru's foreign ministry", "institution", "")],  # a ministry has no seat abroad to tell it by
        ),
    ],
)
def test_a_mission_abroad_speaks_by_the_city_it_sits_in(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected
