"""The DuckDB store: schema, transactional idempotent adds, and whole tables back as DataFrames.

Whole or nothing: a batch of whole articles is written in one transaction (one insert per table, which
is 15x faster than a transaction per article), together with each article's rows in `article_rows` (how
many rows it has in every table), so `Store.incomplete()` can prove every stored article whole. When a
batch fails, its articles are retried one transaction each, and only the bad one is reported `failed`.
The same text ingested twice changes nothing; a different text that claims a stored id is kept under a
derived id (`<id>~<hash>`) and reported as `renamed`.

Sharing the file (measured with DuckDB 2.0.1; `benchmarks/store_writes.py`):
- DuckDB locks the file per process. A process open for writing excludes every other process, readers
  included: their connect fails at once with `duckdb.IOException` "Could not set lock on file ...
  Conflicting lock is held in ... (PID n)". Read-only processes share the file, but they exclude a writer
  in the same way. Inside one process, a read-only and a read-write connection to one file cannot coexist
  (`duckdb.ConnectionException` "different configuration"), and two read-write connections share one
  database whose concurrent transactions can conflict.
- So nobody keeps the file open. Every unit of work connects, works and closes: a writer holds the file
  for one batch of already analysed articles (milliseconds; the slow analysis runs with the file closed),
  a reader for one consistent read of every table. The dashboard and `python -m dashboard ingest` take
  turns on the same file and never see each other's half-written state.
- A connect that meets a lock waits and retries with growing pauses: readers up to `read_timeout`
  (default 10 s), writers up to `write_timeout` (default 120 s). Then it raises `StoreBusy`, naming the
  file; a page keeps showing what it read last, the command line prints the message and exits non-zero.
  Within one process a lock per file serialises connections (the Streamlit server's threads).
- Readers share the file, so back-to-back reads could keep a writer out for seconds. A waiting writer
  refreshes a marker file (`<store>.writer-waiting`), and new readers hold back while it is fresh: with a
  reader looping without pause, a writer's longest wait for a batch fell from 1-4 s to about 0.5 s.
- Crash safety: a transaction is in DuckDB's write-ahead log once committed and absent if the process
  dies first; the next connect, read-only too, replays the log. A new store file is built under a
  temporary name and linked into place, so a kill while creating it never leaves a broken file.
"""

from __future__ import annotations

import os
import random
import re
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from dashboard import schema
from dashboard.article import Article
from dashboard.pipeline import Analysed

#: Per article and table, the number of rows written with it: the proof that an article is whole.
MANIFEST = "article_rows"

_KEYS = {
    schema.ARTICLES: "article_id",
    schema.PARAGRAPHS: "article_id, paragraph",
    schema.PARAGRAPH_TOPICS: "article_id, paragraph, theme",
    schema.QUOTES: "quote_id",
}
#: Reading order: by key (sorting by every column costs seconds on a large store).
_ORDER = {**_KEYS, schema.ENTITIES: "article_id, paragraph, start_char, end_char"}
#: Seconds a waiting writer's marker holds new readers back (writers refresh it on every retry).
WRITER_MARK_FRESH = 0.5
_LOCK_MESSAGES = ("Could not set lock", "different configuration")
_process_locks: dict[str, threading.RLock] = {}
_process_locks_guard = threading.Lock()


class StoreError(Exception):
    """The store file cannot be used; the message names the file and the reason."""


class StoreBusy(StoreError):
    """The store file stayed in use by another writer (or reader) for longer than we were willing to wait."""


@dataclass(frozen=True)
class AddResult:
    """What adding one article did: `stored`, `unchanged` (already there), `renamed` (stored under a new id)
    or `failed` (nothing stored; `reason` says why)."""

    status: str
    article_id: str
    source_file: str
    reason: str = ""


class Store:
    """A DuckDB file holding the product's tables, opened only for the length of one unit of work."""

    def __init__(self, path: str | Path, *, read_timeout: float = 10.0, write_timeout: float = 120.0):
        self.path = Path(path)
        self.read_timeout = read_timeout
        self.write_timeout = write_timeout

    @contextmanager
    def connect(self, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for one unit of work, closed afterwards so other processes can take their turn."""
        timeout = self.read_timeout if read_only else self.write_timeout
        deadline = time.monotonic() + timeout
        lock = _process_lock(self.path)
        if not lock.acquire(timeout=timeout):
            raise StoreBusy(f"store {self.path} is busy in this process; gave up after {timeout:g} s")
        try:
            if read_only and not self.path.exists():
                con = duckdb.connect(":memory:")
                _create(con)
            else:
                if not read_only and not self.path.exists():
                    try:
                        self._create_file()
                    except (OSError, duckdb.Error) as err:
                        raise StoreError(f"store {self.path} cannot be created: {err}") from err
                con = _open(self.path, read_only=read_only, deadline=deadline, timeout=timeout)
                if not read_only:
                    _create(con)
            try:
                yield con
            finally:
                con.close()
        finally:
            lock.release()

    def add(self, analysed: Analysed, *, con: duckdb.DuckDBPyConnection | None = None) -> AddResult:
        """Store one analysed article in a transaction of its own: whole, or not at all."""
        if con is None:
            with self.connect() as own:
                return self.add(analysed, con=own)
        (result,) = _write(con, [analysed])
        return result

    def add_all(self, items: Iterable[Analysed], *, batch_articles: int = 32) -> Iterator[AddResult]:
        """Store a stream of articles, a batch of whole articles per connection and transaction. The file is held
        only while a batch is written; if a batch fails, its articles are retried one by one and the one that
        cannot be stored is reported as `failed` while the rest go on."""
        iterator = iter(items)
        while batch := list(islice(iterator, batch_articles)):
            with self.connect() as con:
                try:
                    results = _write(con, batch)
                except Exception:
                    results = [_write_or_fail(con, item) for item in batch]
            yield from results

    def known_hashes(self) -> dict[str, str]:
        """article_id -> content hash of every stored article, to skip texts already stored before analysis."""
        if not self.path.exists():
            return {}
        articles = self.table(schema.ARTICLES)
        return dict(zip(articles["article_id"], articles["content_hash"], strict=True))

    def version(self) -> str:
        """A cheap token that changes whenever the stored data changes (for cache keys)."""
        parts = []
        for path in (self.path, self.path.with_name(self.path.name + ".wal")):
            if path.exists():
                stat = path.stat()
                parts.append(f"{stat.st_mtime_ns}:{stat.st_size}")
        return "|".join(parts) or "empty"

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        with self.connect(read_only=True) as con:
            present = _tables_in(con)
            return {
                t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] if t in present else 0 for t in schema.COLUMNS
            }

    def table(self, name: str) -> pd.DataFrame:
        """One whole table as a DataFrame with the schema's columns."""
        if name not in schema.COLUMNS:
            raise KeyError(f"no table {name!r}")
        with self.connect(read_only=True) as con:
            return _read(con, name)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table, read in one connection, so they agree with each other."""
        with self.connect(read_only=True) as con:
            return {name: _read(con, name) for name in schema.COLUMNS}

    def incomplete(self) -> pd.DataFrame:
        """Rows (article_id, table_name, expected, found) for every article whose stored rows differ from
        what was written with it; empty when every article is whole."""
        with self.connect(read_only=True) as con:
            if MANIFEST not in _tables_in(con):
                return pd.DataFrame(columns=["article_id", "table_name", "expected", "found"])
            return con.execute(
                f"WITH found AS ({_actual_rows_sql(_tables_in(con))}) "
                f"SELECT article_id, table_name, coalesce(m.n_rows, 0) AS expected, coalesce(f.n_rows, 0) AS found "
                f"FROM {MANIFEST} m FULL JOIN found f USING (article_id, table_name) "
                "WHERE expected <> found ORDER BY ALL"
            ).df()

    def replace_topics(self, paragraphs: pd.DataFrame, paragraph_topics: pd.DataFrame, quotes: pd.DataFrame) -> None:
        """Swap in recomputed themes (paragraph labels, scores and quote topics) of the articles in `paragraphs`,
        in one transaction; articles stored meanwhile keep theirs."""
        with self.connect() as con, _transaction(con):
            con.register("new_paragraphs", paragraphs[["article_id", "paragraph", "topics", "topic_terms"]])
            redone = "SELECT DISTINCT article_id FROM new_paragraphs"
            con.execute(f"DELETE FROM {schema.PARAGRAPH_TOPICS} WHERE article_id IN ({redone})")
            _insert(con, schema.PARAGRAPH_TOPICS, paragraph_topics)
            con.execute(
                f"UPDATE {schema.PARAGRAPHS} p SET topics = n.topics, topic_terms = n.topic_terms "
                "FROM new_paragraphs n WHERE p.article_id = n.article_id AND p.paragraph = n.paragraph"
            )
            con.register("new_quotes", quotes[["quote_id", "topics"]])
            con.execute(
                f"UPDATE {schema.QUOTES} q SET topics = n.topics FROM new_quotes n WHERE q.quote_id = n.quote_id"
            )
            con.execute(
                f"DELETE FROM {MANIFEST} WHERE table_name = ? AND article_id IN ({redone})", [schema.PARAGRAPH_TOPICS]
            )
            con.execute(
                f"INSERT INTO {MANIFEST} SELECT article_id, ?, count(*) FROM {schema.PARAGRAPH_TOPICS} "
                f"WHERE article_id IN ({redone}) GROUP BY article_id",
                [schema.PARAGRAPH_TOPICS],
            )
            con.unregister("new_paragraphs")
            con.unregister("new_quotes")

    def _create_file(self) -> None:
        """Build an empty store under a temporary name and link it into place, unless another process won."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.new")
        temporary.unlink(missing_ok=True)
        con = duckdb.connect(str(temporary))
        try:
            _create(con)
        finally:
            con.close()
        with suppress(FileExistsError):
            os.link(temporary, self.path)
        temporary.unlink()


def _process_lock(path: Path) -> threading.RLock:
    key = str(path.resolve())
    with _process_locks_guard:
        return _process_locks.setdefault(key, threading.RLock())


def _open(path: Path, *, read_only: bool, deadline: float, timeout: float) -> duckdb.DuckDBPyConnection:
    """Connect, waiting with growing pauses while another process holds the file. A waiting writer says so in
    a marker file, and new readers hold back while it is fresh, so a stream of reads cannot starve a writer."""
    pause, marker = 0.01, path.with_name(path.name + ".writer-waiting")
    if read_only:
        _hold_back_for_writer(marker, deadline)
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            if not read_only:
                marker.unlink(missing_ok=True)
            return con
        except duckdb.Error as err:
            if not read_only:
                with suppress(OSError):
                    marker.touch()
            if not any(message in str(err) for message in _LOCK_MESSAGES):
                reason = str(err).splitlines()[0].removeprefix("IO Error: ")
                raise StoreError(f"store {path} cannot be opened: {reason}") from err
            left = deadline - time.monotonic()
            if left <= 0:
                pid = re.search(r"\(PID (\d+)\)", str(err))
                holder = f"process {pid.group(1)}" if pid else "another connection"
                raise StoreBusy(
                    f"store {path} is in use by {holder}; gave up after waiting {timeout:g} s. "
                    "Try again when it has finished."
                ) from err
            time.sleep(min(left, random.uniform(pause / 2, pause)))
            pause = min(pause * 2, 0.25)


def _hold_back_for_writer(marker: Path, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            if time.time() - marker.stat().st_mtime > WRITER_MARK_FRESH:
                return
        except OSError:
            return
        time.sleep(0.02)


@contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    con.begin()
    try:
        yield
    except BaseException:
        with suppress(duckdb.Error):
            con.rollback()
        raise
    con.commit()


def _create(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables and add columns the schema gained since the file was made."""
    have: dict[str, set[str]] = {}
    for table, column in con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = current_database() "
        "AND schema_name = 'main'"
    ).fetchall():
        have.setdefault(table, set()).add(column)
    for table, columns in schema.COLUMNS.items():
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
        con.execute(f"INSERT INTO {MANIFEST} {_actual_rows_sql(set(schema.COLUMNS))}")


def _actual_rows_sql(present: set[str]) -> str:
    return " UNION ALL ".join(
        f"SELECT article_id, '{t}' AS table_name, count(*) AS n_rows FROM {t} GROUP BY article_id"
        for t in schema.COLUMNS
        if t in present
    )


def _tables_in(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()").fetchall()
    return {name for (name,) in rows}


def _read(con: duckdb.DuckDBPyConnection, name: str) -> pd.DataFrame:
    """A table with exactly the schema's columns; a table or column the file lacks reads as empty."""
    if name not in _tables_in(con):
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


def _write(con: duckdb.DuckDBPyConnection, batch: list[Analysed]) -> list[AddResult]:
    """Place each article (stored, unchanged or renamed) and insert the new ones, all in one transaction."""
    with _transaction(con):
        candidates = [aid for item in batch for aid in (item.article.article_id, derived_id(item.article))]
        known = dict(
            con.execute(
                "SELECT article_id, content_hash FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                [candidates],
            ).fetchall()
        )
        results, new = [], []
        for item in batch:
            result, placed = _place(item, known)
            results.append(result)
            if placed is not None:
                known[result.article_id] = item.article.content_hash
                new.append(placed)
        _insert_articles(con, new)
    return results


def _write_or_fail(con: duckdb.DuckDBPyConnection, item: Analysed) -> AddResult:
    try:
        (result,) = _write(con, [item])
        return result
    except Exception as err:  # any article that cannot be stored is reported, and the run goes on
        reason = (str(err).splitlines() or [type(err).__name__])[0]
        return AddResult("failed", item.article.article_id, item.article.source_file, f"cannot store: {reason}")


def derived_id(article: Article) -> str:
    """The id a different text gets when its own id is already taken."""
    return f"{article.article_id}~{article.content_hash[:8]}"


def is_stored(article: Article, known: dict[str, str]) -> bool:
    """Whether this very text is already stored, under its own id or its derived one (known: id -> hash)."""
    digest = article.content_hash
    return known.get(article.article_id) == digest or known.get(derived_id(article)) == digest


def _place(item: Analysed, known: dict[str, str]) -> tuple[AddResult, Analysed | None]:
    """What adding the article does, given the content hash of ids already taken; the rows to insert, if any."""
    article = item.article
    digest, article_id = article.content_hash, article.article_id
    if known.get(article_id) == digest:
        return AddResult("unchanged", article_id, article.source_file), None
    if article_id not in known:
        return AddResult("stored", article_id, article.source_file), item
    derived = derived_id(item.article)
    if known.get(derived) == digest:
        return AddResult("unchanged", derived, article.source_file), None
    return AddResult("renamed", derived, article.source_file), item.with_id(derived)


def _insert_articles(con: duckdb.DuckDBPyConnection, items: list[Analysed]) -> None:
    """Every row of the articles, one insert per table, and their row counts in the manifest."""
    if not items:
        return
    now = datetime.now().replace(microsecond=0)
    manifest = []
    for table in schema.COLUMNS:
        rows = []
        for item in items:
            table_rows = item.rows.get(table, [])
            manifest.append({"article_id": item.article.article_id, "table_name": table, "n_rows": len(table_rows)})
            rows += [{**row, "ingested_at": now} for row in table_rows] if table == schema.ARTICLES else table_rows
        _insert(con, table, schema.frame(table, rows))
    _insert(con, MANIFEST, pd.DataFrame(manifest))


def _insert(con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame) -> None:
    if df.empty:
        return
    columns = list(schema.COLUMNS[table]) if table in schema.COLUMNS else list(df.columns)
    con.register("incoming", df[columns])
    try:
        con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM incoming")
    finally:
        con.unregister("incoming")
