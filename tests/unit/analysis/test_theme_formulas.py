"""The grid of standard theme formulas (theme_formulas.py): the target paragraph of each cell must get the themes its
labels require and none they leave out, the article read whole as the pipeline does. 70 cells (27 formulas in a themed
and an unrelated article, 8 look-alikes in two unrelated ones), 5 failing blind, 2 now. Cells that still fail are marked
xfail with the reason, strictly, so they turn red once mended."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes import labels
from tests.unit.analysis.theme_probes import NAMES

from .grid_cells import grid_params
from .theme_formulas import TARGET, cells

STILL_FAILING: dict[str, str] = {
    "allies_stand_with-sport": (
        "'stood with' a state is no cue of diplomacy alone; in a diplomacy story the context carries it, in a sports"
        " story nothing does"
    ),
    "sanctions_announced-sport": (
        "sanctions one state announces on another's company and officials get trade but not diplomacy outside a"
        " diplomacy story; no rule made, as the dev gold itself labels two of three paragraphs of sanctions against a"
        " state trade alone"
    ),
}


@pytest.mark.parametrize("cell", grid_params(cells(), STILL_FAILING))
def test_the_formula_gets_its_themes(themes, nlp, cell):
    scores = themes.score_article([nlp(t) for t in cell.paragraphs], [""] * len(cell.paragraphs), cell.title)
    got = set(labels(scores[TARGET]))
    gold = {NAMES[c] for c in cell.gold}
    allowed = gold | {NAMES[c] for c in cell.optional}
    assert (gold - got) | (got - allowed) == set(), (cell.paragraphs[TARGET], got)
