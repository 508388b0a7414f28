"""The headline figures, the list of articles and one article's rows for the reader."""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard import schema
from dashboard.store.queries import ORDER
from dashboard.views.common import ARTICLE_TOTAL, LABELS, NAMED, analysed, frame, rows
from dashboard.views.listing import Listing
from dashboard.views.speakers import SPEAKER_KINDS
from dashboard.views.themes import MONTH_CELLS


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, object]:
    """The headline figures: articles, date range, paragraphs, quotes and named speakers (the distinct entities are
    `entity_count`, which a page asks on a connection of its own, `views.ahead`)."""
    (row,) = rows(
        con,
        # Quotes and named speakers from the quotes per speaker and kind, which the page's most quoted read too; the
        # date range in one pass over the kept articles.
        f"""SELECT ({ARTICLE_TOTAL}), d.first, d.last, (SELECT coalesce(sum(n), 0) FROM {MONTH_CELLS}),
                   s.quotes, s.speakers
            FROM (SELECT min(published) AS first, max(published) AS last FROM kept_articles) d,
                 (SELECT coalesce(sum(n), 0) AS quotes, count(DISTINCT speaker) FILTER (WHERE {NAMED}) AS speakers
                  FROM {SPEAKER_KINDS}) s""",
    )
    names = ("articles", "first", "last", "paragraphs", "quotes", "speakers")
    out = dict(zip(names, row, strict=True))
    for key in ("first", "last"):
        out[key] = pd.Timestamp(out[key]) if out[key] is not None else None
    return out


def article_count(con: duckdb.DuckDBPyConnection) -> int:
    """How many articles the filters keep."""
    return rows(con, ARTICLE_TOTAL)[0][0]


def store_holds(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    """Whether the store holds any row of the table (filters aside)."""
    if table not in schema.COLUMNS:
        raise KeyError(f"no table {table!r}")
    return rows(con, f"SELECT EXISTS (SELECT 1 FROM {table})")[0][0]


#: One row per article, newest first: its themes (most paragraphs first), quotes and distinct entities.
ARTICLE_LIST = Listing(
    rows="SELECT article_id, title, published, source, n_words, article_key FROM kept_articles",
    order="published DESC NULLS LAST, article_id",
    search=("title", "article_id", "source"),
    total=ARTICLE_TOTAL,
    expand=f"""
        SELECT c.* EXCLUDE (article_key), coalesce(t.themes, '') AS themes, coalesce(q.n, 0) AS quotes,
               coalesce(e.n, 0) AS entities
        FROM chosen c
        LEFT JOIN (
            SELECT article_key, string_agg(theme, ', ' ORDER BY n DESC, theme) AS themes
            FROM (SELECT article_key, theme, count(*) AS n
                  FROM (SELECT article_key, {LABELS} AS theme FROM kept_paragraphs
                        WHERE article_key IN (SELECT article_key FROM chosen))
                  WHERE theme <> '' GROUP BY ALL)
            GROUP BY article_key) t USING (article_key)
        LEFT JOIN (SELECT article_key, count(*) AS n FROM kept_quotes
                   WHERE article_key IN (SELECT article_key FROM chosen) GROUP BY article_key) q USING (article_key)
        LEFT JOIN (SELECT article_key, count(DISTINCT entity_key) AS n FROM kept_entities
                   WHERE article_key IN (SELECT article_key FROM chosen) GROUP BY article_key) e USING (article_key)""",
)

#: The articles with every analysed column, in the list's order (the list's download).
ARTICLE_ROWS = Listing(
    rows=f"SELECT {analysed(schema.ARTICLES)} FROM kept_articles",
    order=ARTICLE_LIST.order,
    search=ARTICLE_LIST.search,
    total=ARTICLE_TOTAL,
)


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, pd.DataFrame]:
    """Every stored row of one article (filters aside: the reader shows the article whole)."""
    found = rows(con, "SELECT article_key FROM articles WHERE article_id = $id", {"id": article_id})
    # The key written into the query lets DuckDB skip the row groups of other articles (rows are stored in key order).
    key = int(found[0][0]) if found and found[0][0] is not None else -1
    return {
        table: frame(con, f"SELECT {analysed(table)} FROM {table} WHERE article_key = {key} ORDER BY {ORDER[table]}")
        for table in (schema.ARTICLES, schema.PARAGRAPHS, schema.ENTITIES, schema.QUOTES)
    }


def titles(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> dict[str, str]:
    """The title of each of these articles ("(untitled)" when it has none); unknown ids are left out."""
    found = rows(
        con,
        "SELECT article_id, coalesce(nullif(title, ''), '(untitled)') FROM articles "
        "WHERE list_contains($ids, article_id)",
        {"ids": list(article_ids)},
    )
    return dict(found)
