"""The DuckDB store: schema, transactional idempotent adds, and whole tables back as DataFrames.

Whole or nothing: a batch of whole articles is written in one transaction (one insert per table, which
is 15x faster than a transaction per article), together with each article's rows in `article_rows` (how
many rows it has in every table), so `Store.incomplete()` can prove every stored article whole. When a
batch fails, its articles are retried one transaction each, and only the bad one is reported `failed`.
The same text ingested twice changes nothing; a different text that claims a stored id is kept under a
derived id (`<id>~<hash>`) and reported as `renamed`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager, suppress
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pandas as pd

from dashboard import schema
from dashboard.store import keys, migrations
from dashboard.store.connection import StoreBusy, StoreError, open_file, process_lock, transaction
from dashboard.store.tables import MANIFEST, actual_rows_sql, create, read, row_counts, tables_in
from dashboard.store.writes import AddResult, insert, write, write_or_fail

if TYPE_CHECKING:  # analysis imports spaCy (seconds); the store only passes its rows on
    from dashboard.analysis import Analysed


class Store:
    """A DuckDB file holding the product's tables, opened only for the length of one unit of work."""

    def __init__(
        self, path: str | Path, *, read_timeout: float = 10.0, write_timeout: float = 120.0, upgrade: bool = True
    ):
        self.path = Path(path)
        self.read_timeout = read_timeout
        self.write_timeout = write_timeout
        #: Whether a reader meeting an older store upgrades it; if not (a read-only dashboard) it is refused.
        self.upgrade = upgrade

    @contextmanager
    def connect(self, *, read_only: bool = False, migrate: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for one unit of work, closed afterwards so other processes can take their turn. An older
        store is migrated first (`migrations`); `migrate=False` opens it as it is, whatever its version."""
        timeout = self.read_timeout if read_only else self.write_timeout
        deadline = time.monotonic() + timeout
        lock = process_lock(self.path)
        if not lock.acquire(timeout=timeout):
            raise StoreBusy(f"store {self.path} is busy in this process; gave up after {timeout:g} s")
        try:
            con = self._open(read_only=read_only, migrate=migrate, deadline=deadline, timeout=timeout)
            try:
                yield con
            finally:
                con.close()
        finally:
            lock.release()

    def _open(self, *, read_only: bool, migrate: bool, deadline: float, timeout: float) -> duckdb.DuckDBPyConnection:
        if not self.path.exists():
            if read_only:  # a store not made yet reads as a new, empty one
                con = duckdb.connect(":memory:")
                create(con)
                migrations.start(con)
                return con
            try:
                self._create_file()
            except (OSError, duckdb.Error) as err:
                raise StoreError(f"store {self.path} cannot be created: {err}") from err
        con = open_file(self.path, read_only=read_only, deadline=deadline, timeout=timeout)
        if not migrate:
            return con
        with _closed_on_error(con):
            if not read_only:
                migrations.upgrade(con, self.path)
                return con
            version = migrations.stored_version(con)
            migrations.check(version, self.path)
        if version == migrations.latest():
            return con
        con.close()
        if not self.upgrade:
            raise migrations.StoreOutdated(
                f"store {self.path} is at schema version {version}, older than this program's {migrations.latest()}, "
                "and a read-only dashboard (DASHBOARD_READONLY) does not upgrade it: run `python -m dashboard info` "
                "where the store is written, which upgrades it in place"
            )
        # A reader meeting an older store upgrades it through a short write connection, which excludes every other
        # process meanwhile, and then reads.
        with closing(open_file(self.path, read_only=False, deadline=deadline, timeout=timeout)) as writer:
            migrations.upgrade(writer, self.path)
        return open_file(self.path, read_only=True, deadline=deadline, timeout=timeout)

    def add(self, analysed: Analysed, *, con: duckdb.DuckDBPyConnection | None = None) -> AddResult:
        """Store one analysed article in a transaction of its own: whole, or not at all."""
        if con is None:
            with self.connect() as own:
                return self.add(analysed, con=own)
        (result,) = write(con, [analysed])
        return result

    def add_all(self, items: Iterable[Analysed], *, batch_articles: int = 32) -> Iterator[AddResult]:
        """Store a stream of articles, a batch of whole articles per connection and transaction. The file is held
        only while a batch is written; if a batch fails, its articles are retried one by one and the one that
        cannot be stored is reported as `failed` while the rest go on."""
        iterator = iter(items)
        while batch := list(islice(iterator, batch_articles)):
            with self.connect() as con:
                try:
                    results = write(con, batch)
                except Exception:
                    results = [write_or_fail(con, item) for item in batch]
            yield from results

    def known_hashes(self) -> dict[str, str]:
        """article_id -> content hash of every stored article, to skip texts already stored before analysis."""
        if not self.path.exists():
            return {}
        articles = self.table(schema.ARTICLES)
        return dict(zip(articles["article_id"], articles["content_hash"], strict=True))

    def schema_version(self) -> int:
        """The store's schema version, once it is migrated (`migrations`)."""
        with self.connect(read_only=True) as con:
            return migrations.stored_version(con)

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        with self.connect(read_only=True) as con:
            return row_counts(con)

    def table(self, name: str) -> pd.DataFrame:
        """One whole table as a DataFrame with the schema's columns."""
        if name not in schema.COLUMNS:
            raise KeyError(f"no table {name!r}")
        with self.connect(read_only=True) as con:
            return read(con, name)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table, read in one connection, so they agree with each other."""
        with self.connect(read_only=True) as con:
            return {name: read(con, name) for name in schema.COLUMNS}

    def incomplete(self) -> pd.DataFrame:
        """Rows (article_id, table_name, expected, found) for every article whose stored rows differ from
        what was written with it; empty when every article is whole."""
        with self.connect(read_only=True) as con:
            if MANIFEST not in tables_in(con):
                return pd.DataFrame(columns=["article_id", "table_name", "expected", "found"])
            return con.execute(
                f"WITH found AS ({actual_rows_sql(tables_in(con))}) "
                f"SELECT article_id, table_name, coalesce(m.n_rows, 0) AS expected, coalesce(f.n_rows, 0) AS found "
                f"FROM {MANIFEST} m FULL JOIN found f USING (article_id, table_name) "
                "WHERE expected <> found ORDER BY ALL"
            ).df()

    def replace_topics(self, paragraphs: pd.DataFrame, paragraph_topics: pd.DataFrame, quotes: pd.DataFrame) -> None:
        """Swap in recomputed themes (paragraph labels, scores and quote topics) of the articles in `paragraphs`,
        in one transaction; articles stored meanwhile keep theirs."""
        with self.connect() as con, transaction(con):
            con.register("new_paragraphs", paragraphs[["article_id", "paragraph", "topics", "topic_terms"]])
            redone = "SELECT DISTINCT article_id FROM new_paragraphs"
            con.execute(f"DELETE FROM {schema.PARAGRAPH_TOPICS} WHERE article_id IN ({redone})")
            insert(con, schema.PARAGRAPH_TOPICS, paragraph_topics)
            con.execute(
                f"UPDATE {schema.PARAGRAPHS} p SET topics = n.topics, topic_terms = n.topic_terms "
                "FROM new_paragraphs n WHERE p.article_id = n.article_id AND p.paragraph = n.paragraph"
            )
            con.register("new_quotes", quotes[["quote_id", "topics"]])
            con.execute(
                f"UPDATE {schema.QUOTES} q SET topics = n.topics FROM new_quotes n WHERE q.quote_id = n.quote_id"
            )
            keys.refresh_topics(con, redone)
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
            create(con)
            migrations.start(con)
        finally:
            con.close()
        with suppress(FileExistsError):
            os.link(temporary, self.path)
        temporary.unlink()


@contextmanager
def _closed_on_error(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    try:
        yield
    except BaseException:
        con.close()
        raise
