"""The Filters, compiled to DuckDB SQL once: the only statement of what a filter keeps, for every page and extract.

`narrow(con, filters)` defines on a read-only connection the views `kept_articles`, `kept_paragraphs`,
`kept_paragraph_topics`, `kept_entities` and `kept_quotes`: the rows of each table that the filters keep, by the
rules in `filters.py` (and `kept_article_keys`, `kept_entity_keys`, each kept entity's mentions and
`kept_entity_articles(keys)`, what pages count). Every page query and every download reads these views, so only
aggregates and the rows on screen ever leave DuckDB. The set of kept articles is a temporary table of the connection
(on a shared store file, copied from what an earlier run under the same filters made: `scratch`), and a table whose
own condition already implies an article condition skips it (a paragraph of the chosen theme is in an article with
such a paragraph).
`tests/oracle.py` states the same rules in pandas; the tests hold the two equal on random stores and filters.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable

import duckdb
import pandas as pd

from dashboard import schema
from dashboard.store.filters import Filters
from dashboard.store.keys import ENTITY_NAMES
from dashboard.store.scratch import Scratch

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


#: Results that several queries share, by name: the first query on a connection that names one makes it a
#: temporary table, copied from the scratch where a run under the same filters (of this page or another) made it
#: (see `prepared`, `_maker`).
SHARED: dict[str, str] = {}


#: What makes one shared result (or table macro) on a connection.
Make = Callable[[duckdb.DuckDBPyConnection], object]
#: What the queries on a connection make when they first name it (see `prepared`): each shared result, and each
#: table macro that reads one, not made yet on it, by name. `narrow` fills it; `prepared` empties it, so a later
#: query that names a result made already costs nothing more.
_TO_MAKE: weakref.WeakKeyDictionary[duckdb.DuckDBPyConnection, dict[str, Make]] = weakref.WeakKeyDictionary()


def shared(name: str, select: str) -> str:
    """Declare a shared result and return its name, for queries to read from."""
    SHARED[name] = select
    return name


#: The columns of the kept entity rows that the pages count by. Where the filters keep entity rows through a join
#: (on the paragraphs holding a text, or on the kept articles) or a test of every row's labels (a theme), every
#: read pays for it: the first query that reads these keys makes them a temporary table (a shared result), which
#: the later queries of the run read. Otherwise `narrow` makes them a view of the kept rows, read through at no
#: cost, and `prepared` leaves it be. The paragraph labels stay out (a quarter of the table's cost at 1M
#: articles): the one query that needs them reads the rows of a few entities from `kept_entities`. So does
#: whether a row is its entity's first in the paragraph, which no reader of the keys needs (a column less to copy).
ENTITY_KEYS = shared(
    "kept_entity_keys", "SELECT entity_key, article_key, paragraph, month, first_in_article FROM kept_entities"
)


def _mentions(rows: str) -> str:
    """The SELECT of each entity's mentions and first mentions in an article among `rows` (kept entity rows)."""
    return f"""SELECT entity_key, count(*) AS mentions, count_if(first_in_article)::BIGINT AS first_mentions
               FROM {rows} WHERE entity_key IS NOT NULL GROUP BY entity_key"""


#: Every kept entity's key, its mentions and its first mentions in an article: what the most named, the count of
#: entities and the articles naming each (where whole articles are kept) need. Names are looked up for the few
#: entities a page shows, never for every kept one. Counted from the kept entity keys where the connection made
#: them already, else from the kept rows in one pass (`_counted`).
ENTITY_MENTIONS = shared("shared_entity_mentions", _mentions(ENTITY_KEYS))


def narrow(con: duckdb.DuckDBPyConnection, f: Filters, scratch: Scratch | None = None) -> None:
    """Define the `kept_*` views of the filters on a new connection, after computing once what they share (taken
    from `scratch` when another run on the same database made it already)."""
    kept = kept_sql(f)
    earlier = []  # the SELECTs of the temporary tables made so far, which a later one may read
    for table, sql in kept.items():
        if table in _TEMPORARY:
            if scratch:
                scratch.make(con, table, sql, reading=earlier)
            else:
                con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS {sql}")
            earlier.append(sql)
        else:
            con.execute(f"CREATE OR REPLACE TEMP VIEW {KEPT[table]} AS {sql}")
    # The keys of the kept articles, to count them without reading the articles (a join at every read).
    keys_from = "kept_ids" if "kept_ids" in kept else schema.ARTICLES
    con.execute(f"CREATE OR REPLACE TEMP VIEW kept_article_keys AS SELECT article_key FROM {keys_from}")
    # Entity rows kept through a join (on the paragraphs holding the text, or on the kept articles) or by their
    # labels have their keys made a table by the first query that reads them; the others are a view. Under a theme
    # the Entities page's three readers of the keys would test every row's labels three times: with the table,
    # the page's CPU at 100k generated articles is a sixth lower under a theme, the other pages unchanged.
    made = bool(f.text or f.themes) or "kept_ids" in kept[schema.ENTITIES]
    if not made:
        con.execute(f"CREATE OR REPLACE TEMP VIEW {ENTITY_KEYS} AS {SHARED[ENTITY_KEYS]}")
    to_make: dict[str, Make] = {
        name: _maker(name, select, scratch if name not in _OWN else None, reading=list(kept.values()))
        for name, select in SHARED.items()
        if made or name != ENTITY_KEYS
    }
    # How many kept articles name each of the entities listed (a table macro, given their keys): where the filters
    # keep whole articles, its first mentions in an article, counted with its mentions; where
    # they keep some paragraphs only (a theme, a text), its distinct articles, counted for those entities only.
    # Distinct articles are counted as bits of blocks of 64 article keys: a third faster than count(DISTINCT).
    listed = "entity_key IN (SELECT unnest(keys))"
    counted = (
        "SELECT entity_key, sum(bit_count(held))::BIGINT AS articles FROM ("
        "SELECT entity_key, article_key // 64 AS block, bit_or(1::UBIGINT << (article_key % 64)::UBIGINT) AS held "
        f"FROM {ENTITY_KEYS} WHERE {listed} GROUP BY ALL) GROUP BY entity_key"
        if f.themes or f.text
        else f"SELECT entity_key, first_mentions AS articles FROM {ENTITY_MENTIONS} WHERE {listed}"
    )
    macro = f"CREATE TEMP MACRO kept_entity_articles(keys) AS TABLE {counted}"
    to_make["kept_entity_articles"] = lambda con: con.execute(prepared(con, macro))
    _TO_MAKE[con] = to_make


def _maker(name: str, select: str, scratch: Scratch | None, *, reading: list[str]) -> Make:
    """What makes a shared result on a connection: copied from `scratch` when a run under the same filters (the
    kept views' SELECTs, `reading`) made it already, else made there for the next runs (or on the connection
    only, with no scratch)."""
    if scratch is None:
        return lambda con: con.execute(f"CREATE TEMP TABLE {name} AS {prepared(con, _counted(con, name, select))}")
    return lambda con: scratch.make(
        con, name, select, reading=reading, prepare=lambda sql: prepared(con, _counted(con, name, sql))
    )


def _counted(con: duckdb.DuckDBPyConnection, name: str, select: str) -> str:
    """The entity mentions counted from the kept rows in one pass while the connection has not made the entity keys
    (a table under a text filter, a theme or narrowed articles): a page that only counts mentions (the Overview, the
    Themes page) never makes the keys, whose join of every kept entity row costs half as much again as counting them.
    The same rows either way, so the scratch keeps one result."""
    if name == ENTITY_MENTIONS and ENTITY_KEYS in _TO_MAKE.get(con, {}):
        return _mentions(KEPT[schema.ENTITIES])
    return select


def prepared(con: duckdb.DuckDBPyConnection, sql: str) -> str:
    """The query, after making on this connection the shared results and table macros it names (and those they
    name) that are not made yet."""
    to_make = _TO_MAKE.get(con, {})
    for name in [name for name in to_make if name in sql]:
        make = to_make.pop(name, None)  # None: made already, for a result named before it
        if make is None:
            continue
        try:
            make(con)
        except BaseException:
            to_make[name] = make  # not made: the next query that names it tries again
            raise
    return sql


#: The shared results each connection makes for itself, not copied from the scratch (where a run under the same
#: filters on another page left the others): the entity keys are millions of rows at a million articles.
_OWN = (ENTITY_KEYS,)
#: What `narrow` computes once, as temporary tables: the paragraphs that hold the text filter's text (and carry a
#: chosen theme), and the keys of the kept articles.
_TEMPORARY = ("text_paragraphs", "kept_ids")
#: The paragraphs that meet `{where}`, as one row per article and block of 64 paragraphs, with a bit set for each
#: such paragraph: a far smaller table to join with than one row per paragraph (most articles fit one block).
_TEXT_PARAGRAPHS = (
    "SELECT article_key, paragraph // 64 AS block, bit_or(1::UBIGINT << (paragraph % 64)::UBIGINT) AS held "
    "FROM paragraphs WHERE {where} GROUP BY ALL"
)
#: The rows of a table in the paragraphs of `text_paragraphs` (and of the kept articles: `{kept}`).
_IN_TEXT_PARAGRAPHS = (
    "SELECT t.* FROM {table} t JOIN text_paragraphs k ON t.article_key = k.article_key AND t.paragraph // 64 = k.block "
    "WHERE (k.held >> (t.paragraph % 64)::UBIGINT) & 1 = 1 AND {kept}"
)
#: The rows of a table in the paragraphs of `{matched}` (a SELECT of article keys and paragraph numbers).
_IN_PARAGRAPHS = (
    "SELECT t.* FROM {table} t SEMI JOIN ({matched}) k ON t.article_key = k.article_key AND t.paragraph = k.paragraph"
)


def kept_sql(f: Filters) -> dict[str, str]:
    """The SELECT of each table's kept rows (and of the temporary tables `text_paragraphs` and `kept_ids` when a
    filter needs them), with the filter values written in as SQL literals. Tables meet the kept articles through
    the integer `article_key`, and entity rows carry their paragraph's labels (`keys`)."""
    theme_mask = _has_theme("topics", f.themes)
    quote_mask = _and(
        theme_mask,
        _contains("quote_lower", f.text),
        f"speaker IN {values(f.speakers)}" if f.speakers else "",
        f"speaker_kind IN {values(f.kinds)}" if f.kinds else "",
    )
    in_dates = _and(
        f"published >= {timestamp(pd.Timestamp(f.since))}" if f.since else "",
        f"published < {timestamp(pd.Timestamp(f.until) + pd.Timedelta(days=1))}" if f.until else "",
    )
    dated = _and(in_dates, f"source IN {values(f.sources)}" if f.sources else "")
    # Paragraphs that meet their own conditions (theme, text): with a text filter, those found once (`text_paragraphs`).
    masked = (
        "SELECT article_key FROM text_paragraphs"
        if f.text
        else f"SELECT article_key, paragraph FROM paragraphs WHERE {_and(theme_mask)}"
    )
    with_entity = (
        "SELECT article_key FROM entities WHERE entity_key IN "
        f"(SELECT entity_key FROM {ENTITY_NAMES} WHERE canonical IN {values(f.entities)})"
        if f.entities
        else ""
    )
    with_theme = masked if f.themes else ""
    with_quote = f"SELECT article_key FROM quotes WHERE {quote_mask}" if f.speakers or f.kinds else ""
    with_text = f"{masked} UNION ALL SELECT article_key FROM quotes WHERE {quote_mask}" if f.text else ""
    articles_with = (
        f"article_key IN (SELECT article_key FROM ({sub}))"
        for sub in (with_entity, with_theme, with_quote, with_text)
        if sub
    )
    keep = _and(dated, *articles_with)
    narrowed = keep != "TRUE"
    kept = "article_key IN (SELECT article_key FROM kept_ids)"
    # A row that meets its own table's mask is in an article that meets the condition made of that mask. A quote
    # also carries its article's publication time, and its themes are some of its paragraph's (the pipeline's
    # `quote_labels`), so its article has a paragraph of the chosen theme; not so with a text filter, whose
    # paragraphs must hold the text themselves.
    paragraphs_need = narrowed and bool(dated != "TRUE" or with_entity or with_quote)
    quotes_need = narrowed and bool(f.sources or with_entity or (f.themes and f.text))
    of_articles = kept if narrowed else "TRUE"
    out = {}
    if f.text:
        out["text_paragraphs"] = _TEXT_PARAGRAPHS.format(where=_and(_contains("text_lower", f.text), theme_mask))
    if narrowed:
        out["kept_ids"] = f"SELECT article_key FROM articles WHERE {keep}"
    out[schema.ARTICLES] = f"SELECT * FROM articles WHERE {of_articles}"
    out[schema.QUOTES] = f"SELECT * FROM quotes WHERE {_and(quote_mask, in_dates, kept if quotes_need else '')}"
    in_kept_paragraphs = _and(theme_mask, kept if paragraphs_need else "")
    for table in (schema.PARAGRAPHS, schema.PARAGRAPH_TOPICS, schema.ENTITIES):
        if f.text:
            in_kept = "t.article_key IN (SELECT article_key FROM kept_ids)" if paragraphs_need else "TRUE"
            out[table] = _IN_TEXT_PARAGRAPHS.format(table=table, kept=in_kept)
        elif f.themes and table == schema.PARAGRAPH_TOPICS:
            matched = f"{masked} AND {kept if paragraphs_need else 'TRUE'}"
            out[table] = _IN_PARAGRAPHS.format(table=table, matched=matched)
        elif f.themes:  # a paragraph's own labels, and an entity row carries its paragraph's: no join
            out[table] = f"SELECT * FROM {table} WHERE {in_kept_paragraphs}"
        else:
            out[table] = f"SELECT * FROM {table} WHERE {of_articles}"
    return out


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
    """Whether a labels cell holds any of the themes: the cell, fenced by separators, holds the fenced theme (a
    quarter faster than splitting every cell into a list; a theme's name never holds the separator)."""
    if not themes:
        return ""
    fence = schema.TOPIC_SEPARATOR
    cell = f"({literal(fence)} || coalesce({column}, '') || {literal(fence)})"
    return " OR ".join(f"contains({cell}, {literal(fence + t + fence)})" for t in themes)


def _contains(lowered: str, text: str) -> str:
    """Whether a lower-cased text column holds the text, whatever its case."""
    return f"contains({lowered}, lower({literal(text)}))" if text else ""


def _and(*conditions: str) -> str:
    present = [f"({c})" for c in conditions if c and c != "TRUE"]
    return " AND ".join(present) or "TRUE"
