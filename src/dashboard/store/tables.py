"""The store's tables in DuckDB: created from the schema (or an older version's columns), and read back as frames."""

from __future__ import annotations

import duckdb
import pandas as pd
import pyarrow as pa

from dashboard import schema
from dashboard.store.keys import ENTITY_NAMES, NAMES_COLUMNS, stored_columns

#: Per article and table, the number of rows written with it: the proof that an article is whole.
MANIFEST = "article_rows"
MANIFEST_COLUMNS = ("article_id", "table_name", "n_rows")
_KEYS = {
    schema.ARTICLES: "article_id",
    schema.PARAGRAPHS: "article_id, paragraph",
    schema.PARAGRAPH_TOPICS: "article_id, paragraph, theme",
    schema.QUOTES: "quote_id",
    ENTITY_NAMES: "canonical",
}
#: Reading order: by key (sorting by every column costs seconds on a large store).
_ORDER = {**_KEYS, schema.ENTITIES: "article_id, paragraph, start_char, end_char"}


def create(con: duckdb.DuckDBPyConnection, columns_of: dict[str, dict[str, str]] | None = None) -> None:
    """Create missing tables and columns of `columns_of` (default: every stored column, analysed and derived, and
    the entity names; or those of an older version), and the manifest; schema changes of existing stores are the
    migrations' job."""
    if columns_of is None:
        columns_of = {table: stored_columns(table) for table in schema.COLUMNS} | {ENTITY_NAMES: NAMES_COLUMNS}
    have: dict[str, set[str]] = {}
    for table, column in con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = current_database() "
        "AND schema_name = 'main'"
    ).fetchall():
        have.setdefault(table, set()).add(column)
    for table, columns in columns_of.items():
        if table not in have:
            body = ", ".join(f"{name} {kind}" for name, kind in columns.items())
            key = f", PRIMARY KEY ({_KEYS[table]})" if table in _KEYS else ""
            con.execute(f"CREATE TABLE {table} ({body}{key})")
            continue
        for name, kind in columns.items():
            if name not in have[table]:
                con.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")
    if MANIFEST not in have:
        con.execute(
            f"CREATE TABLE {MANIFEST} (article_id VARCHAR, table_name VARCHAR, n_rows INTEGER, "
            "PRIMARY KEY (article_id, table_name))"
        )
        # A store made before the manifest existed: what it holds is taken as whole.
        con.execute(f"INSERT INTO {MANIFEST} {actual_rows_sql(set(columns_of))}")


def actual_rows_sql(present: set[str]) -> str:
    return " UNION ALL ".join(
        f"SELECT article_id, '{t}' AS table_name, count(*) AS n_rows FROM {t} GROUP BY article_id"
        for t in schema.COLUMNS
        if t in present
    )


def row_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per table of the schema (0 for a table the file lacks)."""
    present = tables_in(con)
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] if t in present else 0 for t in schema.COLUMNS}


def tables_in(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()").fetchall()
    return {name for (name,) in rows}


def read(con: duckdb.DuckDBPyConnection, name: str) -> pd.DataFrame:
    """A table with exactly the schema's columns; a table or column the file lacks reads as empty."""
    if name not in tables_in(con):
        return schema.empty_frame(name)
    df = arrow_frame(con.sql(f"SELECT * FROM {name} ORDER BY {_ORDER[name]}").to_arrow_table())
    for column in schema.COLUMNS[name]:
        if column not in df.columns:
            df[column] = None
    return df[list(schema.COLUMNS[name])]


def arrow_frame(rows: pa.Table) -> pd.DataFrame:
    """Arrow rows as the frame DuckDB's own `.df()` gives (nullable ints and booleans where NULLs occur),
    several times faster on millions of rows."""
    df = rows.to_pandas()
    for name, column in zip(rows.column_names, rows.columns, strict=True):
        if column.null_count and pa.types.is_integer(column.type):
            df[name] = pd.array(column.to_pylist(), dtype=f"Int{column.type.bit_width}")
        elif column.null_count and pa.types.is_boolean(column.type):
            df[name] = pd.array(column.to_pylist(), dtype="boolean")
    return df
