"""Writing analysed articles: each placed (stored, unchanged or renamed) and inserted whole, with its row counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import duckdb
import pandas as pd

from dashboard import schema
from dashboard.sources import Article
from dashboard.store import keys
from dashboard.store.connection import transaction
from dashboard.store.tables import MANIFEST

if TYPE_CHECKING:  # analysis imports spaCy (seconds); the store only passes its rows on
    from dashboard.analysis import Analysed


@dataclass(frozen=True)
class AddResult:
    """What adding one article did: `stored`, `unchanged` (already there), `renamed` (stored under a new id)
    or `failed` (nothing stored; `reason` says why)."""

    status: str
    article_id: str
    source_file: str
    reason: str = ""


def write(con: duckdb.DuckDBPyConnection, batch: list[Analysed]) -> list[AddResult]:
    """Place each article (stored, unchanged or renamed) and insert the new ones, all in one transaction."""
    with transaction(con):
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


def write_or_fail(con: duckdb.DuckDBPyConnection, item: Analysed) -> AddResult:
    try:
        (result,) = write(con, [item])
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
            if table == schema.ARTICLES:  # a rebuilt article keeps the time it was first ingested
                table_rows = [{**row, "ingested_at": row.get("ingested_at") or now} for row in table_rows]
            rows += table_rows
        insert(con, table, schema.frame(table, rows))
    insert(con, MANIFEST, pd.DataFrame(manifest))


def insert(con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame) -> None:
    """Insert a frame's rows into a table; rows of the schema's tables get the store's keys (`keys`)."""
    if df.empty:
        return
    columns = list(schema.COLUMNS[table]) if table in schema.COLUMNS else list(df.columns)
    con.register("incoming", df[columns])
    try:
        if table in schema.COLUMNS:
            keys.insert(con, table, "incoming")
        else:
            con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM incoming")
    finally:
        con.unregister("incoming")
