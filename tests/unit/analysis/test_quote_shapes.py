"""The shapes of news quotes, each in both tenses with four forms of the speaker (quote_shapes.py): the second
paragraph's quotes must be the expected ones, with their speakers, words and directness, and no others. Cells that
still fail are marked xfail with the reason, strictly, so they turn red once mended."""

from __future__ import annotations

import pytest

from tests.quoting import quote_rows_of

from .grid_cells import grid_params, wrong_cell_quotes
from .quote_shapes import cells

STILL_FAILING: dict[str, str] = {}


@pytest.mark.parametrize("cell", grid_params(cells(), STILL_FAILING))
def test_the_shape_gives_its_quotes(nlp, cell):
    rows = [r for r in quote_rows_of(nlp, *cell.paragraphs) if r["paragraph"] == 1]
    assert wrong_cell_quotes(rows, cell.quotes) == []
