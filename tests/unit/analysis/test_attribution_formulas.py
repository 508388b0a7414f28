"""The standard formulas of news attribution, each filled with bodies of five kinds (attribution_formulas.py): the
second paragraph's quote must carry the expected speaker, kind, role and affiliation. Cells that still fail are
marked xfail with the reason, strictly, so they turn red once mended."""

from __future__ import annotations

import pytest

from .attribution_formulas import cells
from .grid_cells import grid_params, second_paragraph_profiles

#: Tried and dropped: reading every research body's spokesperson as an analyst turned a charitable foundation's and a
#: religious centre's spokesmen on train into analysts too (kinds.py types all three as research bodies).
_THINK_TANK_SPOKESPEOPLE = (
    "A think tank's spokesperson: GUIDELINES.md counts think-tank staff as analysts, but kinds.py reads a research"
    " body's spokespeople as a company's (other), as a foundation's and a religious centre's are"
)
STILL_FAILING: dict[str, str] = {
    "apposed_spokesman-think_tank": _THINK_TANK_SPOKESPEOPLE,
    "spokeswoman_then_name-think_tank": _THINK_TANK_SPOKESPEOPLE,
    "name_spokesman_name-think_tank": _THINK_TANK_SPOKESPEOPLE,
    "owner_spokesman-think_tank": _THINK_TANK_SPOKESPEOPLE,
    "inverted_reported-think_tank": _THINK_TANK_SPOKESPEOPLE,
    "told_reuters-think_tank": _THINK_TANK_SPOKESPEOPLE,
    "in_a_statement-think_tank": _THINK_TANK_SPOKESPEOPLE,
    "present_says-think_tank": _THINK_TANK_SPOKESPEOPLE,
    "inverted_direct-think_tank": _THINK_TANK_SPOKESPEOPLE,
    "minister_title-ministry": (
        "the recogniser takes 'Coastal' alone for an organisation, so the portfolio loses its first word (role "
        "'Affairs Minister'); the affiliation given, the ministry named in the lede, was expected empty"
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
