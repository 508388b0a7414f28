"""The Filters semantics of `filters.apply`, pushed down into DuckDB SQL: only the kept rows leave the store.

At archive scale (millions of quotes, tens of millions of entity rows) loading every table into pandas
costs seconds and gigabytes per page load; these queries read just what a filter keeps. The rules are
those documented in `filters.py`, row for row, and the rows come back in the store's order.
"""

from __future__ import annotations

import pandas as pd

from dashboard import schema
from dashboard.store.filters import Filters
from dashboard.store.store import Store
from dashboard.store.tables import arrow_frame

#: Row order of each table, as the store reads it.
ORDER = {
    schema.ARTICLES: "article_id",
    schema.PARAGRAPHS: "article_id, paragraph",
    schema.PARAGRAPH_TOPICS: "article_id, paragraph, theme",
    schema.ENTITIES: "article_id, paragraph, start_char, end_char",
    schema.QUOTES: "quote_id",
}


def filtered_tables(store: Store, f: Filters) -> dict[str, pd.DataFrame]:
    """Every table narrowed by the filters, read from the store with the filtering done in SQL."""
    params = {
        "themes": list(f.themes),
        "speakers": list(f.speakers),
        "kinds": list(f.kinds),
        "entities": list(f.entities),
        "sources": list(f.sources),
        "text": f.text,
        "since": pd.Timestamp(f.since) if f.since else None,
        "until": pd.Timestamp(f.until) + pd.Timedelta(days=1) if f.until else None,
    }
    paragraph_mask = _and(_has_theme("topics", f.themes), _contains("text", f.text))
    quote_mask = _and(
        _has_theme("topics", f.themes),
        _contains("quote", f.text),
        "list_contains($speakers, speaker)" if f.speakers else "",
        "list_contains($kinds, speaker_kind)" if f.kinds else "",
    )
    keep = [
        "published >= $since" if f.since else "",
        "published < $until" if f.until else "",
        "list_contains($sources, source)" if f.sources else "",
        "article_id IN (SELECT article_id FROM entities WHERE list_contains($entities, canonical))"
        if f.entities
        else "",
        f"article_id IN (SELECT article_id FROM paragraphs WHERE {paragraph_mask})" if f.themes else "",
        f"article_id IN (SELECT article_id FROM quotes WHERE {quote_mask})" if f.speakers or f.kinds else "",
        f"article_id IN (SELECT article_id FROM paragraphs WHERE {paragraph_mask} "
        f"UNION ALL SELECT article_id FROM quotes WHERE {quote_mask})"
        if f.text
        else "",
    ]
    # Without an article condition every article is kept (the store holds no rows of absent articles).
    kept = f"article_id IN (SELECT article_id FROM articles WHERE {_and(*keep)})" if any(keep) else ""
    kept_pairs = (
        f"(SELECT article_id, paragraph FROM paragraphs WHERE {_and(paragraph_mask, kept)})"
        if f.themes or f.text
        else ""
    )
    where = {
        schema.ARTICLES: _and(*keep),
        schema.PARAGRAPHS: _and(paragraph_mask, kept),
        schema.ENTITIES: _and(kept),
        schema.QUOTES: _and(quote_mask, kept),
        schema.PARAGRAPH_TOPICS: _and(kept),
    }
    out = {}
    with store.connect(read_only=True) as con:
        present = {row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        for table, condition in where.items():
            if table not in present:
                out[table] = schema.empty_frame(table)
                continue
            columns = ", ".join(f"t.{c}" for c in schema.COLUMNS[table])
            join = (
                f" SEMI JOIN {kept_pairs} k ON t.article_id = k.article_id AND t.paragraph = k.paragraph"
                if kept_pairs and table in (schema.ENTITIES, schema.PARAGRAPH_TOPICS)
                else ""
            )
            sql = f"SELECT {columns} FROM {table} t{join} WHERE {condition} ORDER BY {_qualified(ORDER[table])}"
            used = {name: value for name, value in params.items() if f"${name}" in sql}
            out[table] = arrow_frame(con.sql(sql, params=used).to_arrow_table())
    return out


def _has_theme(column: str, themes: tuple[str, ...]) -> str:
    if not themes:
        return ""
    return f"list_has_any(string_split(coalesce({column}, ''), '{schema.TOPIC_SEPARATOR}'), $themes)"


def _contains(column: str, text: str) -> str:
    return f"contains(upper(coalesce({column}, '')), upper($text))" if text else ""


def _and(*conditions: str) -> str:
    present = [f"({c})" for c in conditions if c]
    return " AND ".join(present) or "TRUE"


def _qualified(order: str) -> str:
    return ", ".join(f"t.{column.strip()}" for column in order.split(","))
