"""Read-only access to stored tables, wherever they are: a DuckDB store file or a folder of Parquet partitions.

The dashboard and `export` only ever read, through `Reader.connect()`: a short read-only DuckDB connection in
which the five tables are visible by name. For a store file that is a read-only connection to the file (no
lock within the process, so every session of the server reads at once; the file's own locks and the
writer-waiting marker of `connection` let an ingest take its turn between reads). For a Parquet folder, as
`extract --engine dask` writes it (`DIR/<table>/part-*.parquet`), it is an in-memory database whose tables
are views over the part files, read in place, never loaded.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from dashboard import schema
from dashboard.store.connection import StoreError, open_file
from dashboard.store.parquet import is_extract
from dashboard.store.tables import tables_in


class Reader:
    """The tables of a store file or Parquet folder, read through short read-only connections."""

    def __init__(self, location: str | Path, *, read_timeout: float = 10.0):
        self.location = Path(location)
        self.read_timeout = read_timeout
        self.is_parquet = is_extract(self.location)

    def exists(self) -> bool:
        return self.is_parquet or self.location.is_file()

    def version(self) -> str:
        """A cheap token that changes whenever the stored data changes (cache keys use it)."""
        if self.is_parquet:
            files = sorted(self.location.glob("*/part-*.parquet"))
        else:
            files = [self.location, self.location.with_name(self.location.name + ".wal")]
        parts = [f"{p.name}:{s.st_mtime_ns}:{s.st_size}" for p in files if (s := _stat(p)) is not None]
        return "|".join(parts) or "empty"

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection in which every table of the schema exists (empty where the store lacks it)."""
        if self.is_parquet:
            con = duckdb.connect(":memory:")
            _parquet_views(con, self.location)
        elif self.location.is_file():
            deadline = time.monotonic() + self.read_timeout
            con = open_file(self.location, read_only=True, deadline=deadline, timeout=self.read_timeout)
        else:
            con = duckdb.connect(":memory:")
        try:
            _missing_tables(con)
            yield con
        finally:
            con.close()


def _parquet_views(con: duckdb.DuckDBPyConnection, folder: Path) -> None:
    for table in schema.COLUMNS:
        parts = sorted((folder / table).glob("part-*.parquet"))
        if not parts:
            continue
        files = ", ".join(_literal(str(p)) for p in parts)
        columns = ", ".join(schema.COLUMNS[table])
        try:
            con.execute(f"CREATE VIEW {table} AS SELECT {columns} FROM read_parquet([{files}], union_by_name = true)")
        except duckdb.Error as err:
            raise StoreError(f"Parquet tables in {folder} cannot be read: {str(err).splitlines()[0]}") from err


def _missing_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Empty temporary tables for what the store lacks, so every query can name all five tables."""
    present = tables_in(con) | {
        name for (name,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()
    }
    for table, columns in schema.COLUMNS.items():
        if table not in present:
            body = ", ".join(f"{name} {kind}" for name, kind in columns.items())
            con.execute(f"CREATE TEMP TABLE {table} ({body})")


def _literal(text: str) -> str:
    """A SQL string literal (DuckDB reads no escapes inside quotes; a quote is doubled)."""
    return "'" + text.replace("'", "''") + "'"


def _stat(path: Path):
    try:
        return path.stat()
    except OSError:
        return None
