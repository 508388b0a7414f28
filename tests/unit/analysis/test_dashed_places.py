"""A name set off after an electoral district whose parts are joined by a dash is the speaker, not the district's
second half (dashed_places.py)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Conservative candidate in Lac-Vert—Mirabelle, Arlo Penhaligon, said the plan ignored farmers.",
            "Arlo Penhaligon",
        ),
        (
            "The Bloc candidate in Rivière-du-Nord–Saint-Anselme, Odile Brassard, said the plan ignored farmers.",
            "Odile Brassard",
        ),
        (
            "The NDP candidate in Sault Marie–Algoma Shores, Tessa Rainville, said the promise ignored the north.",
            "Tessa Rainville",
        ),
    ],
)
def test_the_name_after_a_dashed_district_speaks(nlp, sentence, speaker):
    assert [s for s, _ in said_by(nlp, sentence)] == [speaker]


def test_a_district_without_a_dash_still_names_its_candidate(nlp):
    sentence = "The Liberal candidate in Pinecrest, Arlo Penhaligon, said the plan ignored farmers."
    assert [s for s, _ in said_by(nlp, sentence)] == ["Arlo Penhaligon"]
