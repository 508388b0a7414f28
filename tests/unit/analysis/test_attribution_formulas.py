"""The standard formulas of news attribution, each filled with bodies of five kinds (attribution_formulas.py): the
second paragraph's quote must carry the expected speaker, kind, role and affiliation. Cells that still fail are
marked xfail with the reason, strictly, so they turn red once mended."""

from __future__ import annotations

import pytest

from .attribution_formulas import cells
from .grid_cells import grid_params, second_paragraph_profiles

STILL_FAILING: dict[str, str] = {
    "minister_title-ministry": (
        "the role is whole now, but the affiliation given is the ministry the lede names, which the grid expected"
        " empty (GUIDELINES.md asks for the body the story links the speaker with; either reading holds)"
    ),
}


@pytest.mark.parametrize("cell", grid_params(cells(), STILL_FAILING))
def test_the_formula_gives_the_profile(nlp, cell):
    assert second_paragraph_profiles(nlp, cell.paragraphs) == [cell.expected]


def test_speaking_for_a_while_or_for_oneself_ties_to_no_body(nlp):
    said = second_paragraph_profiles(
        nlp,
        (
            "The Meridian Institute will publish its report on harbour spending next week.",
            "Simon Ferrand, who spoke for an hour, said the cuts were painful but could not be avoided.",
        ),
    )
    assert [affiliation for *_, affiliation in said] == [""]


def test_a_think_tank_s_spokeswoman_is_an_analyst_and_a_foundation_s_is_not(nlp):
    said = [
        second_paragraph_profiles(
            nlp,
            (
                f"The {body} will publish its report on harbour spending next week.",
                f"Nadia Welsh, a spokeswoman for the {body}, said the report would call for deeper cuts.",
            ),
        )
        for body in ("Institute for Coastal Studies", "Harrow Family Foundation")
    ]
    assert [kind for ((_, kind, _, _),) in said] == ["analyst", "other"]
