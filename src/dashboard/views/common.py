"""What the page queries share: running SQL into a small frame, and the SQL pieces for themes and months.

Every query runs on a connection where `store.queries.narrow` has defined the `kept_*` views of the filters,
so a query states only what it shows; the filters are applied by the views.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard import schema
from dashboard.store.queries import literal, prepared

#: One row per label in a paragraph's (or quote's) labels cell: `SELECT ..., {LABELS} AS theme FROM ...`.
LABELS = f"unnest(string_split(coalesce(topics, ''), {literal(schema.TOPIC_SEPARATOR)}))"

#: A row's publication month (the `month` the store keeps on it) as "YYYY-MM".
MONTH = "strftime(month, '%Y-%m')"

#: How many articles the filters keep (from their keys: no join with the articles).
ARTICLE_TOTAL = "SELECT count(*) FROM kept_article_keys"

#: A named speaker: unnamed sources have a blank (or missing) one.
NAMED = "trim(coalesce(speaker, '')) <> ''"


def analysed(table: str, alias: str = "") -> str:
    """The analysed columns of a table (not the keys the store adds), for a SELECT list."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(prefix + column for column in schema.COLUMNS[table])


def frame(con: duckdb.DuckDBPyConnection, sql: str, params: dict | None = None) -> pd.DataFrame:
    """The rows of a query as a DataFrame. A page asks for a few hundred rows at most: run as a statement, not
    as a relation (which binds the query once more, 10-20% of a listing's time)."""
    return con.execute(prepared(con, sql), params or None).df()


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: dict | None = None) -> list[tuple]:
    """Every row of a query as tuples (fetched whole, so the connection is free for the next query)."""
    return con.execute(prepared(con, sql), params or None).fetchall()
