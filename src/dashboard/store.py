"""The DuckDB store: schema, transactional idempotent adds, and whole tables back as DataFrames.

Each article is written in one transaction, so it is stored whole or not at all. The same text
ingested twice changes nothing; a different text that claims a stored id is kept under a derived id.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd

from dashboard import schema
from dashboard.pipeline import Analysed


@dataclass(frozen=True)
class AddResult:
    """What adding one article did: `stored`, `unchanged` (already there) or `renamed` (stored under a new id)."""

    status: str
    article_id: str
    source_file: str


class Store:
    """A DuckDB file holding the product's tables."""

    def __init__(self, path: str | Path):
        self.path = Path(path)

    @contextmanager
    def connect(self, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for one unit of work, closed afterwards so other processes can take their turn."""
        if read_only and not self.path.exists():
            con = duckdb.connect(":memory:")
            _create(con)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            con = duckdb.connect(str(self.path), read_only=read_only)
            if not read_only:
                _create(con)
        try:
            yield con
        finally:
            con.close()

    def add(self, analysed: Analysed, *, con: duckdb.DuckDBPyConnection | None = None) -> AddResult:
        """Store one analysed article in a transaction of its own."""
        if con is None:
            with self.connect() as own:
                return self.add(analysed, con=own)
        article = analysed.article
        digest = article.content_hash
        status, article_id = "stored", article.article_id
        existing = _hash_of(con, article_id)
        if existing == digest:
            return AddResult("unchanged", article_id, article.source_file)
        if existing is not None:
            article_id = f"{article.article_id}~{digest[:8]}"
            if _hash_of(con, article_id) == digest:
                return AddResult("unchanged", article_id, article.source_file)
            analysed, status = analysed.with_id(article_id), "renamed"
        now = datetime.now().replace(microsecond=0)
        con.begin()
        try:
            for table, rows in analysed.rows.items():
                if table == schema.ARTICLES:
                    rows = [{**row, "ingested_at": now} for row in rows]
                _insert(con, table, schema.frame(table, rows))
            con.commit()
        except BaseException:
            con.rollback()
            raise
        return AddResult(status, article_id, article.source_file)

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
            return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in schema.COLUMNS}

    def table(self, name: str) -> pd.DataFrame:
        """One whole table as a DataFrame with the schema's columns."""
        if name not in schema.COLUMNS:
            raise KeyError(f"no table {name!r}")
        with self.connect(read_only=True) as con:
            df = con.execute(f"SELECT * FROM {name} ORDER BY ALL").df()
        return df[list(schema.COLUMNS[name])]

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table, read in one connection."""
        return {name: self.table(name) for name in schema.COLUMNS}

    def replace_topics(self, paragraphs: pd.DataFrame, paragraph_topics: pd.DataFrame, quotes: pd.DataFrame) -> None:
        """Swap in recomputed themes (paragraph labels, scores and quote topics) in one transaction."""
        with self.connect() as con:
            con.begin()
            try:
                con.execute(f"DELETE FROM {schema.PARAGRAPH_TOPICS}")
                _insert(con, schema.PARAGRAPH_TOPICS, paragraph_topics)
                con.register("new_paragraphs", paragraphs[["article_id", "paragraph", "topics", "topic_terms"]])
                con.execute(
                    f"UPDATE {schema.PARAGRAPHS} p SET topics = n.topics, topic_terms = n.topic_terms "
                    "FROM new_paragraphs n WHERE p.article_id = n.article_id AND p.paragraph = n.paragraph"
                )
                con.register("new_quotes", quotes[["quote_id", "topics"]])
                con.execute(f"UPDATE {schema.QUOTES} q SET topics = n.topics FROM new_quotes n "
                            "WHERE q.quote_id = n.quote_id")
                con.commit()
            except BaseException:
                con.rollback()
                raise


def _create(con: duckdb.DuckDBPyConnection) -> None:
    keys = {
        schema.ARTICLES: "PRIMARY KEY (article_id)",
        schema.PARAGRAPHS: "PRIMARY KEY (article_id, paragraph)",
        schema.PARAGRAPH_TOPICS: "PRIMARY KEY (article_id, paragraph, theme)",
        schema.QUOTES: "PRIMARY KEY (quote_id)",
    }
    for table, columns in schema.COLUMNS.items():
        body = ", ".join(f"{name} {kind}" for name, kind in columns.items())
        key = f", {keys[table]}" if table in keys else ""
        con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({body}{key})")


def _hash_of(con: duckdb.DuckDBPyConnection, article_id: str) -> str | None:
    row = con.execute("SELECT content_hash FROM articles WHERE article_id = ?", [article_id]).fetchone()
    return row[0] if row else None


def _insert(con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame) -> None:
    if df.empty:
        return
    columns = list(schema.COLUMNS[table])
    con.register("incoming", df[columns])
    try:
        con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM incoming")
    finally:
        con.unregister("incoming")
