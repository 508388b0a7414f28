"""Tables too long to show whole: the rows of one screen, the total count, a search, and every row for a download.

A `Listing` is the SQL of a table's rows over the `kept_*` views, its order, the columns a search looks in,
and optionally an `expand` step that adds costly columns (counts, joined names) to the chosen rows only: the
rows of one page when shown, all of them when downloaded.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from dashboard.store.queries import literal
from dashboard.views.common import frame, rows

#: Rows per page of a table.
PAGE_ROWS = 50


@dataclass(frozen=True)
class Listing:
    """A table's rows (`rows`, a SELECT), their `order`, the columns `search` looks in, and `expand`: a
    SELECT over `chosen` (the rows in order, already narrowed to a page) that adds columns."""

    rows: str
    order: str
    search: tuple[str, ...] = ()
    expand: str = ""
    #: The rows with the columns only a search looks in (joined names), read instead of `rows` under a search.
    searched: str = ""
    #: A SELECT of the row count with no search, from a result the page has anyway (counts it already made),
    #: instead of counting the rows again.
    total: str = ""

    def sql(self, *, search: str = "", limit: int | None = None, offset: int = 0) -> str:
        """The SELECT of the rows matching `search`, in order, one page of them when `limit` is given."""
        page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
        chosen = f"SELECT * FROM ({self._rows(search)}) WHERE {self._where(search)} ORDER BY {self.order}{page}"
        if not self.expand:
            return chosen
        return f"WITH chosen AS ({chosen}) SELECT * FROM ({self.expand}) ORDER BY {self.order}"

    def count_sql(self, search: str = "") -> str:
        if self.total and not search.strip():
            return self.total
        return f"SELECT count(*) FROM ({self._rows(search)}) WHERE {self._where(search)}"

    def _rows(self, search: str) -> str:
        return self.searched if search.strip() and self.searched else self.rows

    def _where(self, search: str) -> str:
        if not search.strip() or not self.search:
            return "TRUE"
        needle = literal(search.strip().lower())
        return " OR ".join(f"contains(lower(coalesce(CAST({c} AS VARCHAR), '')), {needle})" for c in self.search)


def count(con: duckdb.DuckDBPyConnection, listing: Listing, search: str = "") -> int:
    """How many rows of the listing match the search."""
    return int(rows(con, listing.count_sql(search))[0][0])


def page_of(
    con: duckdb.DuckDBPyConnection, listing: Listing, page: int = 1, search: str = "", rows: int = PAGE_ROWS
) -> pd.DataFrame:
    """The rows of page `page` (counting from 1) of the listing under the search."""
    return frame(con, listing.sql(search=search, limit=rows, offset=(max(page, 1) - 1) * rows))
