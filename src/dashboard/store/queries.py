"""The Filters, compiled to DuckDB SQL once: the only statement of what a filter keeps, for every page and extract.

`narrow(con, filters)` defines on a read-only connection the views `kept_articles`, `kept_paragraphs`,
`kept_paragraph_topics`, `kept_entities` and `kept_quotes`: the rows of each table that the filters keep, by
the rules in `filters.py`. Every page query and every download reads these views, so only aggregates and the
rows on screen ever leave DuckDB. The set of kept articles is computed once per connection (a temporary
table), and a table whose own condition already implies an article condition skips it (a paragraph of the
chosen theme is in an article with such a paragraph). `views.filters.apply` states the same rules in pandas;
the tests hold the two equal on random stores and filters.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import duckdb
import pandas as pd

from dashboard import schema
from dashboard.store.filters import Filters
from dashboard.store.tables import arrow_frame

if TYPE_CHECKING:
    from dashboard.store.reader import Reader

#: The view that holds the kept rows of each table.
KEPT = {table: f"kept_{table}" for table in schema.COLUMNS}

#: Row order of each table, as the store reads it.
ORDER = {
    schema.ARTICLES: "article_id",
    schema.PARAGRAPHS: "article_id, paragraph",
    schema.PARAGRAPH_TOPICS: "article_id, paragraph, theme",
    schema.ENTITIES: "article_id, paragraph, start_char, end_char",
    schema.QUOTES: "quote_id",
}


#: The rows of a table (entities, paragraph_topics) in the kept paragraphs.
_OF_KEPT_PARAGRAPHS = (
    "SELECT t.* FROM {table} t SEMI JOIN kept_paragraphs k ON t.article_id = k.article_id AND t.paragraph = k.paragraph"
)

#: Results that several queries of a page run share, by name: the first query on a connection that names one
#: makes it a temporary table from its SELECT (see `prepared`), unless the name is already a view there.
SHARED: dict[str, str] = {}


def shared(name: str, select: str) -> str:
    """Declare a shared result and return its name, for queries to read from."""
    SHARED[name] = select
    return name


# The kept entities, when a theme or text filter makes them costly (a join with the kept paragraphs): in a page
# run, made once by the first query that reads them; elsewhere a view.
shared(KEPT[schema.ENTITIES], _OF_KEPT_PARAGRAPHS.format(table=schema.ENTITIES))


def narrow(con: duckdb.DuckDBPyConnection, f: Filters, *, share: bool = False) -> None:
    """Define the `kept_*` views of the filters on a new connection. With `share` (a page run, whose queries
    read the same rows again and again), costly kept rows are kept in memory once first read; without it (a
    download, an export) every query streams from the store."""
    for table, sql in kept_sql(f).items():
        if table == "kept_ids":
            con.execute(f"CREATE OR REPLACE TEMP TABLE kept_ids AS {sql}")
        elif not (share and table == schema.ENTITIES and (f.themes or f.text)):
            con.execute(f"CREATE OR REPLACE TEMP VIEW {KEPT[table]} AS {sql}")


def prepared(con: duckdb.DuckDBPyConnection, sql: str) -> str:
    """The query, after making the shared results it names (and those they name) on this connection; a name that
    is a view there is left as it is."""
    for name, select in SHARED.items():
        if name in sql:
            con.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} AS {prepared(con, select)}")
    return sql


def kept_sql(f: Filters) -> dict[str, str]:
    """The SELECT of each table's kept rows (and of `kept_ids`, the kept article ids, when any filter narrows
    the articles), with the filter values written in as SQL literals."""
    paragraph_mask = _and(_has_theme("topics", f.themes), _contains("text", f.text))
    quote_mask = _and(
        _has_theme("topics", f.themes),
        _contains("quote", f.text),
        f"speaker IN {values(f.speakers)}" if f.speakers else "",
        f"speaker_kind IN {values(f.kinds)}" if f.kinds else "",
    )
    dated = _and(
        f"published >= {timestamp(pd.Timestamp(f.since))}" if f.since else "",
        f"published < {timestamp(pd.Timestamp(f.until) + pd.Timedelta(days=1))}" if f.until else "",
        f"source IN {values(f.sources)}" if f.sources else "",
    )
    with_entity = f"SELECT article_id FROM entities WHERE canonical IN {values(f.entities)}" if f.entities else ""
    with_theme = f"SELECT article_id FROM paragraphs WHERE {paragraph_mask}" if f.themes else ""
    with_quote = f"SELECT article_id FROM quotes WHERE {quote_mask}" if f.speakers or f.kinds else ""
    with_text = (
        f"SELECT article_id FROM paragraphs WHERE {paragraph_mask} UNION ALL "
        f"SELECT article_id FROM quotes WHERE {quote_mask}"
        if f.text
        else ""
    )
    keep = _and(dated, *(f"article_id IN ({sub})" for sub in (with_entity, with_theme, with_quote, with_text) if sub))
    narrowed = keep != "TRUE"
    kept = "article_id IN (SELECT article_id FROM kept_ids)"
    # A row that meets its own table's mask is in an article that meets the condition made of that mask.
    paragraphs_need = narrowed and bool(dated != "TRUE" or with_entity or with_quote)
    quotes_need = narrowed and bool(dated != "TRUE" or with_entity or with_theme)
    out = {"kept_ids": f"SELECT article_id FROM articles WHERE {keep}"} if narrowed else {}
    out |= {
        schema.ARTICLES: f"SELECT * FROM articles WHERE {kept if narrowed else 'TRUE'}",
        schema.PARAGRAPHS: f"SELECT * FROM paragraphs WHERE {_and(paragraph_mask, kept if paragraphs_need else '')}",
        schema.QUOTES: f"SELECT * FROM quotes WHERE {_and(quote_mask, kept if quotes_need else '')}",
    }
    for table in (schema.PARAGRAPH_TOPICS, schema.ENTITIES):
        if f.themes or f.text:
            out[table] = _OF_KEPT_PARAGRAPHS.format(table=table)
        else:
            out[table] = f"SELECT * FROM {table} WHERE {kept if narrowed else 'TRUE'}"
    return out


def filtered_tables(reader: Reader, f: Filters) -> dict[str, pd.DataFrame]:
    """Every table narrowed by the filters, whole and in the store's order (for tests and small stores)."""
    with reader.connect() as con:
        narrow(con, f)
        return {
            table: arrow_frame(
                con.sql(
                    f"SELECT {', '.join(schema.COLUMNS[table])} FROM {KEPT[table]} ORDER BY {ORDER[table]}"
                ).to_arrow_table()
            )
            for table in schema.COLUMNS
        }


def literal(value: str) -> str:
    """A SQL string literal: DuckDB reads no escapes between quotes, and a quote inside is doubled."""
    return "'" + str(value).replace("'", "''") + "'"


def values(items: Iterable[str]) -> str:
    """A parenthesised list of string literals, for `x IN (...)`."""
    return "(" + ", ".join(literal(item) for item in items) + ")"


def identifier(name: str) -> str:
    """A quoted SQL name (a column named after a theme)."""
    return '"' + name.replace('"', '""') + '"'


def timestamp(moment: pd.Timestamp) -> str:
    return f"TIMESTAMP {literal(moment.isoformat(sep=' '))}"


def _has_theme(column: str, themes: tuple[str, ...]) -> str:
    if not themes:
        return ""
    chosen = "[" + ", ".join(literal(t) for t in themes) + "]"
    return f"list_has_any(string_split(coalesce({column}, ''), {literal(schema.TOPIC_SEPARATOR)}), {chosen})"


def _contains(column: str, text: str) -> str:
    return f"contains(lower(coalesce({column}, '')), lower({literal(text)}))" if text else ""


def _and(*conditions: str) -> str:
    present = [f"({c})" for c in conditions if c and c != "TRUE"]
    return " AND ".join(present) or "TRUE"
