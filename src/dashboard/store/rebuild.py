"""Rebuilding the store: every stored text analysed again by the current code, and the result swapped in whole.

For a store the migrations cannot upgrade (a `Rebuild` step), or to bring old analyses up to date. The stored
texts (titles, dates, sources, sections and paragraphs) are read in short read-only connections, so the dashboard
keeps reading the old store meanwhile, and analysed into a scratch store beside it (`.<name>.rebuild`) while the
store itself is not held. Then one transaction on the store replaces the rebuilt articles' rows (and, for a store
of an older version, every table) with the new ones: a kill at any moment leaves the old store or the new one,
whole, and the next rebuild removes the scratch store left behind. Articles ingested while the rebuild ran are
kept as they were written. One rebuild at a time (a lock file `.<name>.rebuild-lock` beside the store tells),
and none while another process holds the store for writing.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path

import duckdb

from dashboard import schema
from dashboard.analysis import Analysed
from dashboard.sources import Article, Paragraph
from dashboard.store import keys, migrations
from dashboard.store.connection import StoreBusy, StoreError, transaction
from dashboard.store.store import Store
from dashboard.store.tables import MANIFEST, MANIFEST_COLUMNS, create, row_counts

#: Articles whose texts one read connection fetches.
READ_ARTICLES = 256
Analyse = Callable[[Iterable[Article]], Iterable[Analysed]]


@dataclass(frozen=True)
class Rebuilt:
    """What a rebuild did: articles analysed again, articles ingested meanwhile and kept, rows per table."""

    articles: int
    kept: int
    from_version: int
    before: dict[str, int]
    after: dict[str, int]


def rebuild(store: Store, analyse: Analyse, *, probe_timeout: float = 5.0) -> Rebuilt:
    """Analyse every stored text again with `analyse` and swap the result into `store` in one transaction."""
    if not store.path.exists():
        raise StoreError(f"no store at {store.path}; nothing to rebuild")
    with _only_rebuild(store.path):
        version = _prepare(Store(store.path, write_timeout=probe_timeout))
        before = _counts(store)
        scratch = Store(store.path.with_name(f".{store.path.name}.rebuild"))
        _remove(scratch.path)  # left by a rebuild that was killed
        try:
            articles = _analyse_into(scratch, store, analyse)
            kept = _swap(store, scratch.path)
        finally:
            _remove(scratch.path)
    return Rebuilt(articles, kept, version, before, _counts(store))


def _prepare(prober: Store) -> int:
    """The store's version, migrated first where it can be; refused politely while another process writes."""
    try:
        with prober.connect(migrate=False) as con:
            version = migrations.stored_version(con)
            if migrations.needed_rebuild(version) is None:
                migrations.upgrade(con, prober.path)  # refuses a store a newer version wrote
    except StoreBusy as err:
        raise StoreBusy(f"{err} Nothing was rebuilt.") from err
    return version


def _analyse_into(scratch: Store, store: Store, analyse: Analyse) -> int:
    ingested: dict[str, datetime] = {}
    analysed = (_first_ingested(item, ingested) for item in analyse(_stored_articles(store, ingested)))
    articles = 0
    for result in scratch.add_all(analysed):
        if result.status != "stored":
            raise StoreError(f"rebuild stopped, the store is unchanged: {result.article_id}: {result.reason}")
        articles += 1
    return articles


def _stored_articles(store: Store, ingested: dict[str, datetime]) -> Iterator[Article]:
    """Every stored article as the reader once gave it, read a few hundred at a time; notes when each was ingested."""
    with store.connect(read_only=True, migrate=False) as con:
        heads = con.execute(
            f"SELECT article_id, title, published, source, source_file, ingested_at FROM {schema.ARTICLES} "
            "ORDER BY article_id"
        ).fetchall()
    rest = iter(heads)
    while chunk := list(islice(rest, READ_ARTICLES)):
        with store.connect(read_only=True, migrate=False) as con:
            rows = con.execute(
                f"SELECT article_id, paragraph, section, text FROM {schema.PARAGRAPHS} "
                "WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id, paragraph",
                [[head[0] for head in chunk]],
            ).fetchall()
        paragraphs: dict[str, list[Paragraph]] = {}
        for article_id, index, section, text in rows:
            paragraphs.setdefault(article_id, []).append(Paragraph(index, section or "", text or ""))
        for article_id, title, published, source, source_file, ingested_at in chunk:
            ingested[article_id] = ingested_at
            yield Article(
                article_id,
                title or "",
                tuple(paragraphs.get(article_id, ())),
                published=published,
                source=source or "",
                source_file=source_file or "",
            )


def _first_ingested(item: Analysed, ingested: dict[str, datetime]) -> Analysed:
    first = ingested.pop(item.article.article_id, None)
    for row in item.rows[schema.ARTICLES]:
        row["ingested_at"] = first
    return item


def _swap(store: Store, scratch: Path) -> int:
    """Replace the rebuilt articles' rows in one transaction; the number of articles kept as they were."""
    with store.connect(migrate=False) as con:
        con.execute("ATTACH ? AS rebuilt (READ_ONLY)", [str(scratch)])
        try:
            version = migrations.stored_version(con)
            with transaction(con):
                _replace_tables(con, version)
            (kept,) = con.execute(
                f"SELECT count(*) FROM {schema.ARTICLES} WHERE article_id NOT IN "
                f"(SELECT article_id FROM rebuilt.{schema.ARTICLES})"
            ).fetchone()
        finally:
            con.execute("DETACH rebuilt")
    return kept


def _replace_tables(con: duckdb.DuckDBPyConnection, version: int) -> None:
    if version != migrations.latest():  # a store the migrations cannot upgrade: every table is replaced
        for table in (*schema.COLUMNS, keys.ENTITY_NAMES, MANIFEST, migrations.VERSION_TABLE):
            con.execute(f"DROP TABLE IF EXISTS {table}")
        create(con)
        migrations.start(con, f"rebuilt from schema version {version}")
    rebuilt = f"SELECT article_id FROM rebuilt.{schema.ARTICLES}"
    for table in (*schema.COLUMNS, MANIFEST):
        con.execute(f"DELETE FROM {table} WHERE article_id IN ({rebuilt})")
    for table in schema.COLUMNS:  # the store's keys are its own: the rebuilt rows get theirs here
        keys.insert(con, table, f"rebuilt.{table}")
    keys.refresh_labels(con)  # mentions that went with the old rows count no more
    names = ", ".join(MANIFEST_COLUMNS)
    con.execute(f"INSERT INTO {MANIFEST} ({names}) SELECT {names} FROM rebuilt.{MANIFEST}")


def _counts(store: Store) -> dict[str, int]:
    with store.connect(read_only=True, migrate=False) as con:
        return row_counts(con)


@contextmanager
def _only_rebuild(path: Path) -> Iterator[None]:
    """Hold a lock that a second rebuild of the same store finds taken (released when this process ends)."""
    with path.with_name(f".{path.name}.rebuild-lock").open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as err:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise StoreBusy(f"store {path} is already being rebuilt by {holder}; nothing was done") from err
        handle.truncate(0)
        handle.write(f"process {os.getpid()}")
        handle.flush()
        yield


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + ".wal")):
        leftover.unlink(missing_ok=True)
