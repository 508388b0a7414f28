"""A relative clause of leading an occasion ("who led the talks with his Uzbek counterpart", "who chaired the
meeting") names no body the person works at: the title before the name keeps its own country or body (works_at.py;
fictional text). A clause of leading a body ("who heads the Steppe Water Council") still gives it."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    "clause",
    [
        "who led the preparatory talks with his Uzbek counterpart",
        "who chaired the meeting with the Uzbek delegation",
        "who led the negotiations with the Uzbek side",
    ],
)
def test_a_clause_of_leading_an_occasion_gives_no_affiliation(nlp, clause):
    paragraph = (
        f"Kazakhstan’s foreign minister, Yerlan Dosmukhamedov-Abenov, {clause}, told reporters that the water "
        "agreement had been the hardest part."
    )
    assert profiles_of(nlp, paragraph) == [("Yerlan Dosmukhamedov-Abenov", "official", "Kazakhstan")]


def test_a_clause_of_leading_a_body_still_gives_it(nlp):
    paragraph = (
        "Aigerim Tulegenova-Birk, who heads the Steppe Water Council, said the water agreement had been the hardest "
        "part."
    )
    assert [affiliation for _, _, affiliation in profiles_of(nlp, paragraph)] == ["Steppe Water Council"]
