"""Web-page debris around quotes (page_debris.py): every quote of the article that the scorer counts (one with a
speaker, or an unnamed source) must be an expected one, with its speaker, words and directness, so the debris gives no
quote and its names no speaker, and no quote may hold a piece of the debris. Cells that still fail are marked xfail
with the reason, strictly, so they turn red once mended."""

from __future__ import annotations

import pytest

from tests.quoting import folded, quote_rows_of

from .grid_cells import grid_params, wrong_cell_quotes
from .page_debris import cells

#: The cells that still fail, each with its reason (none since page labels glued before a quotation are cut off).
STILL_FAILING: dict[str, str] = {}


@pytest.mark.parametrize("cell", grid_params(cells(), STILL_FAILING))
def test_the_debris_gives_no_quote_and_stays_out_of_quotes(nlp, cell):
    rows = [r for r in quote_rows_of(nlp, *cell.paragraphs) if r["speaker"] or r["speaker_kind"] == "unnamed"]
    held = [f"debris quoted: {r['quote'][:60]}" for r in rows if folded(cell.unquoted) in folded(r["quote"])]
    assert wrong_cell_quotes(rows, cell.quotes) + held == []
