"""Read-only access to stored tables, wherever they are: a DuckDB store file or a folder of Parquet partitions.

The dashboard and `export` only ever read, through `Reader.connect()`: a short read-only DuckDB connection in
which the five tables are visible by name.

- A store file is opened read-only once and shared: every `connect()` is a cursor on that one database, so
  the sessions of a server read at once, without opening the file per page run (30-100 ms) and with DuckDB's
  cache warm, and what the filters keep is made once for all of them (`scratch`). The file is let go as soon as
  no one reads and a writer waits (its marker, see `connection`), or after `IDLE_SECONDS` without a reader, so an
  ingest, in this process or another, takes its turn within about `POLL_SECONDS` of the last query. While a
  writer waits, new readers hold back, as `connection` rules.
- A Parquet folder, as `extract --engine dask` writes it (`DIR/<table>/part-*.parquet`), is read in place: an
  in-memory database whose tables are views over the part files, never loaded, never written. The views compute
  the keys a store file keeps (`keys`), articles and entity names numbered in id and name order.
"""

from __future__ import annotations

import atexit
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pandas as pd

from dashboard import schema
from dashboard.store import keys, migrations
from dashboard.store.connection import StoreError, open_file, writer_marker, writer_waiting
from dashboard.store.filters import Filters
from dashboard.store.parquet import is_extract
from dashboard.store.queries import KEPT, ORDER, literal, narrow
from dashboard.store.scratch import Scratch
from dashboard.store.store import Store
from dashboard.store.tables import arrow_frame, tables_in

#: A store file no one has read for this long is closed.
IDLE_SECONDS = 5.0
#: How often an open, unused store file looks for a waiting writer.
POLL_SECONDS = 0.05
#: DuckDB's memory for a shared store file (its cache and the rows a page run keeps); beyond it DuckDB spills to
#: `<store>.tmp`, so a server's memory stays bounded whatever the store's size.
MEMORY_LIMIT = "1GB"

#: Counts grouped by an integer key of up to this many bits (entities, by their key) use an array of counters
#: instead of a hash table: about twice as fast at 1.2M entity rows.
PERFECT_HASH_BITS = 20

_readers: dict[str, Reader] = {}
_readers_guard = threading.Lock()
_alive: weakref.WeakSet[Reader] = weakref.WeakSet()


class Reader:
    """The tables of a store file or Parquet folder, read through short read-only connections."""

    def __init__(self, location: str | Path, *, read_timeout: float = 10.0, upgrade: bool = True):
        self.location = Path(location)
        self.read_timeout = read_timeout
        self.upgrade = upgrade  # an older store is upgraded on first read, or refused (`Store.upgrade`)
        self.is_parquet = is_extract(self.location)
        self._shared: duckdb.DuckDBPyConnection | None = None
        self._scratch: Scratch | None = None  # what the filters keep, made once for every cursor of `_shared`
        self._readers = 0
        self._last_read = 0.0
        self._state = threading.Condition()
        self._missing: tuple[str, set[str]] = ("", set())
        self._watcher: threading.Thread | None = None
        _alive.add(self)

    @classmethod
    def at(cls, location: str | Path, *, upgrade: bool = True) -> Reader:
        """The one reader of this location in this process (so its sessions share the open file)."""
        key = str(Path(location).resolve())
        with _readers_guard:
            reader = _readers.get(key)
            if reader is None or reader.is_parquet != is_extract(Path(location)) or reader.upgrade != upgrade:
                reader = _readers[key] = cls(location, upgrade=upgrade)
            return reader

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

    def filtered_tables(self, f: Filters) -> dict[str, pd.DataFrame]:
        """Every table narrowed by the filters, whole and in the store's order (for tests and small stores)."""
        with self.connect(f) as con:
            return {
                table: arrow_frame(
                    con.sql(
                        f"SELECT {', '.join(schema.COLUMNS[table])} FROM {KEPT[table]} ORDER BY {ORDER[table]}"
                    ).to_arrow_table()
                )
                for table in schema.COLUMNS
            }

    @contextmanager
    def connect(
        self, filters: Filters | None = None, *, alongside: bool = False
    ) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection in which every table of the schema exists (empty where the store lacks it), and
        the `kept_*` views of the filters when given (`queries.narrow`). `alongside`: a second connection of a
        caller that holds one open, taken at once even while a writer waits (held back, it would wait for the
        caller's own connection, which waits for it)."""
        scratch = None
        if self.is_parquet or not self.location.is_file():
            con = duckdb.connect(":memory:")
            release = con.close
            if self.is_parquet:
                _parquet_views(con, self.location)
        else:
            con, scratch = self._lease(alongside=alongside)
            release = self._give_back(con)
        try:
            con.execute("SET enable_progress_bar = false")  # a server's log is no terminal
            con.execute(f"SET perfect_ht_threshold = {PERFECT_HASH_BITS}")
            # Every query whose rows are shown or written says their order; the others (the shared results a page
            # run makes, its counts) need none, and make their tables half again as fast without keeping one.
            con.execute("SET preserve_insertion_order = false")
            self._add_missing_tables(con)
            if filters is not None:
                narrow(con, filters, scratch)
            yield con
        finally:
            release()

    def _add_missing_tables(self, con: duckdb.DuckDBPyConnection) -> None:
        """Empty temporary tables for what the store lacks (looked up once per version), so every query can name
        all five tables and the entity names."""
        version = self.version()
        if self._missing[0] != version or self.is_parquet:
            self._missing = (version, _missing_tables(con))
        for table in self._missing[1]:
            columns = keys.NAMES_COLUMNS if table == keys.ENTITY_NAMES else keys.stored_columns(table)
            body = ", ".join(f"{name} {kind}" for name, kind in columns.items())
            con.execute(f"CREATE TEMP TABLE {table} ({body})")

    def _lease(self, *, alongside: bool = False) -> tuple[duckdb.DuckDBPyConnection, Scratch]:
        marker = writer_marker(self.location)
        with self._state:
            while self._shared is not None and not (alongside and self._readers) and writer_waiting(marker):
                if not self._readers:
                    self._let_go()
                    break
                self._state.wait(POLL_SECONDS)
            if self._shared is None:
                self._shared = self._open()
                self._scratch = Scratch(self._shared)
                self._watcher = threading.Thread(target=self._watch, name=f"reader {self.location.name}", daemon=True)
                self._watcher.start()
            self._readers += 1
            return self._shared.cursor(), self._scratch

    def _open(self) -> duckdb.DuckDBPyConnection:
        """The store file, read-only, at the schema version of this code: an older store is upgraded first, as
        `Store` does for every reader (a store that needs a rebuild, or a newer one, raises `StoreOutdated`)."""
        con = open_file(self.location, read_only=True, deadline=self._deadline(), timeout=self.read_timeout)
        if migrations.stored_version(con) != migrations.latest():
            con.close()
            with Store(self.location, read_timeout=self.read_timeout, upgrade=self.upgrade).connect(read_only=True):
                pass
            con = open_file(self.location, read_only=True, deadline=self._deadline(), timeout=self.read_timeout)
        con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
        return con

    def _deadline(self) -> float:
        return time.monotonic() + self.read_timeout

    def _give_back(self, con: duckdb.DuckDBPyConnection):
        def release() -> None:
            con.close()
            with self._state:
                self._readers -= 1
                self._last_read = time.monotonic()
                self._state.notify_all()

        return release

    def _watch(self) -> None:
        """Close the shared file once no one reads it and a writer waits, or it has been idle for long."""
        marker = writer_marker(self.location)
        while True:
            time.sleep(POLL_SECONDS)
            with self._state:
                if self._shared is None:
                    return
                idle = time.monotonic() - self._last_read > IDLE_SECONDS
                if not self._readers and (idle or writer_waiting(marker)):
                    self._let_go()
                    return

    def close(self) -> None:
        """Let the store file go now (and stop watching it), waiting for readers still at work."""
        with self._state:
            while self._readers:
                self._state.wait(POLL_SECONDS)
            self._let_go()
        if self._watcher is not None and self._watcher is not threading.current_thread():
            self._watcher.join()

    def _let_go(self) -> None:
        if self._shared is not None:
            self._shared.close()
            self._shared = self._scratch = None


@atexit.register
def _close_all() -> None:
    """Close shared store files before the interpreter stops its threads (a thread stopped inside DuckDB aborts)."""
    for reader in list(_alive):
        reader.close()


def _parquet_views(con: duckdb.DuckDBPyConnection, folder: Path) -> None:
    """A view per table over its part files, with the keys of a store file computed (`keys.keyed`); articles
    first, since the other views take their keys from them."""
    try:
        for table in schema.COLUMNS:
            parts = sorted((folder / table).glob("part-*.parquet"))
            if not parts:
                continue
            files = ", ".join(literal(str(p)) for p in parts)
            columns = ", ".join(schema.COLUMNS[table])
            raw = f"(SELECT {columns} FROM read_parquet([{files}], union_by_name = true))"
            if table == schema.ENTITIES:
                con.execute(
                    f"CREATE VIEW {keys.ENTITY_NAMES} AS SELECT n.*, coalesce(u.label, '') AS label "
                    f"FROM ({keys.names_sql(raw, known=_NO_NAMES)}) n "
                    f"LEFT JOIN ({keys.usual_labels(raw, key='canonical')}) u USING (canonical)"
                )
            con.execute(f"CREATE VIEW {table} AS {keys.keyed(table, raw, after='0')}")
    except duckdb.Error as err:
        raise StoreError(f"Parquet tables in {folder} cannot be read: {str(err).splitlines()[0]}") from err


#: No entity name: a Parquet folder numbers all of its names.
_NO_NAMES = "(SELECT NULL::VARCHAR AS canonical, NULL::INTEGER AS entity_key WHERE false)"


def _missing_tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    present = tables_in(con) | {
        name for (name,) in con.sql("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()
    }
    return {*schema.COLUMNS, keys.ENTITY_NAMES} - present


def _stat(path: Path):
    try:
        return path.stat()
    except OSError:
        return None
