"""Keys the store keeps beside the analysed columns, so that pages join and group integers rather than text.

Each article gets an integer `article_key` when it is stored (1, 2, ... as articles arrive), and every row of its
paragraphs, theme scores, entities and quotes carries it, so a filter's kept articles meet the other tables through
an integer join. Rows that pages count by month carry their article's publication month (its first day; NULL when
undated), and quotes their article's publication time, so no page joins a table with the articles for a date. Each
canonical entity name gets an integer `entity_key` and its usual type (table `entity_names`: the label most of its
mentions in the store carry, kept up to date as rows arrive), so pages count mentions per integer and never work out
a type per filter; each entity row carries the theme labels of its paragraph, so a theme filter keeps entities
without a join, and says whether it is its entity's first mention in its paragraph and in its article, so pages
count the paragraphs and articles naming an entity by a sum. Paragraph and quote text are also kept lower-cased for
the case-insensitive text filter.

These columns are the store's own: no analysis produces them and no extract holds them. One SELECT per table
(`keyed`) computes them from the analysed columns, the articles and the entity names; it serves inserts (`insert`,
from `writes`, `rebuild` and `Store.replace_topics`), the migration that adds them (`migrations.Derive`), and the
views over a Parquet folder (`reader`).
"""

from __future__ import annotations

import duckdb

from dashboard import schema

ENTITY_NAMES = "entity_names"
MONTH_OF = "date_trunc('month', a.published)::DATE AS month"

#: Per table, the columns the store derives, after the analysed ones.
DERIVED: dict[str, dict[str, str]] = {
    schema.ARTICLES: {"article_key": "INTEGER"},
    schema.PARAGRAPHS: {"article_key": "INTEGER", "month": "DATE", "text_lower": "VARCHAR"},
    schema.PARAGRAPH_TOPICS: {"article_key": "INTEGER"},
    schema.ENTITIES: {
        "article_key": "INTEGER",
        "month": "DATE",
        "entity_key": "INTEGER",
        "topics": "VARCHAR",
        "first_in_paragraph": "BOOLEAN",
        "first_in_article": "BOOLEAN",
    },
    schema.QUOTES: {"article_key": "INTEGER", "published": "TIMESTAMP", "month": "DATE", "quote_lower": "VARCHAR"},
}
#: The table of entity names, their keys and usual types.
NAMES_COLUMNS = {"canonical": "VARCHAR", "entity_key": "INTEGER", "label": "VARCHAR"}


def most_frequent(column: str) -> str:
    """The aggregate over (value, n) rows giving the value seen most often, blanks ignored (ties: the first by
    name; NULL when every value is blank)."""
    return f"first({column} ORDER BY n DESC, {column}) FILTER (WHERE trim(coalesce({column}, '')) <> '')"


#: An entity's usual type: the label most of its mentions carry, blank when none has one; over rows grouped by
#: (entity, label) with their count `n`.
_USUAL_LABEL = f"coalesce({most_frequent('label')}, '')"


def first_mention(within: str, row: str = "r") -> str:
    """Whether an entity row is the first mention of its entity in its paragraph (`within` "paragraph") or article
    ("article"), so that pages count the paragraphs or articles naming an entity by a sum, not a distinct count."""
    paragraph = f"{row}.paragraph, " if within == "paragraph" else ""
    return (
        f"row_number() OVER (PARTITION BY {row}.article_id, {paragraph}{row}.canonical "
        f"ORDER BY {row}.paragraph, {row}.start_char, {row}.end_char) = 1"
    )


_DERIVED_SQL = {
    schema.PARAGRAPHS: f"a.article_key, {MONTH_OF}, lower(r.text) AS text_lower",
    schema.PARAGRAPH_TOPICS: "a.article_key",
    schema.ENTITIES: f"a.article_key, {MONTH_OF}, n.entity_key, p.topics, "
    f"{first_mention('paragraph')} AS first_in_paragraph, {first_mention('article')} AS first_in_article",
    schema.QUOTES: f"a.article_key, a.published, {MONTH_OF}, lower(r.quote) AS quote_lower",
}
_JOINS = {
    schema.ENTITIES: f"LEFT JOIN {ENTITY_NAMES} n ON n.canonical = r.canonical "
    f"LEFT JOIN {schema.PARAGRAPHS} p ON p.article_key = a.article_key AND p.paragraph = r.paragraph",
}
#: The order rows are written in: by article key, so that a query for one article's rows (whose key it writes in)
#: reads only the few row groups that hold it, as a store written article by article has them.
_ORDER = {
    schema.ARTICLES: "r.article_id",
    schema.PARAGRAPHS: "a.article_key, r.paragraph",
    schema.PARAGRAPH_TOPICS: "a.article_key, r.paragraph, r.theme",
    schema.ENTITIES: "a.article_key, r.paragraph, r.start_char, r.end_char",
    schema.QUOTES: "a.article_key, r.paragraph, r.quote_id",
}
#: The next article keys start after the highest stored one.
NEXT_KEY = f"(SELECT coalesce(max(article_key), 0) FROM {schema.ARTICLES})"


def stored_columns(table: str) -> dict[str, str]:
    """Every column the store keeps of a table, analysed then derived, with its DuckDB type."""
    return {**schema.COLUMNS[table], **DERIVED.get(table, {})}


def keyed(table: str, rows: str, *, after: str = NEXT_KEY, columns: list[str] | None = None) -> str:
    """The SELECT of every stored column of `table` for `rows` (a relation holding its analysed `columns`, by default
    the schema's): keys from the stored articles and entity names (new articles numbered after `after`, by id)."""
    analysed = ", ".join(f"r.{column}" for column in (columns or schema.COLUMNS[table]))
    if table == schema.ARTICLES:
        numbered = f"({after} + row_number() OVER (ORDER BY r.article_id))::INTEGER AS article_key"
        return f"SELECT {analysed}, {numbered} FROM {rows} r"
    return (
        f"SELECT {analysed}, {_DERIVED_SQL[table]} FROM {rows} r "
        f"LEFT JOIN {schema.ARTICLES} a ON a.article_id = r.article_id {_JOINS.get(table, '')}"
    )


def names_sql(rows: str, *, known: str = ENTITY_NAMES) -> str:
    """The SELECT of the (canonical, entity_key) of names in `rows` that `known` lacks, numbered after its keys."""
    return (
        f"SELECT canonical, ((SELECT coalesce(max(entity_key), 0) FROM {known}) "
        "+ row_number() OVER (ORDER BY canonical))::INTEGER AS entity_key "
        f"FROM (SELECT canonical FROM {rows} WHERE canonical IS NOT NULL EXCEPT SELECT canonical FROM {known})"
    )


def usual_labels(rows: str, key: str = "entity_key") -> str:
    """The SELECT of (`key`, label): the usual type of each entity among `rows` (a relation of entity rows)."""
    return (
        f"SELECT {key}, {_USUAL_LABEL} AS label FROM (SELECT {key}, label, count(*) AS n FROM {rows} "
        f"WHERE {key} IS NOT NULL GROUP BY ALL) GROUP BY {key}"
    )


def insert(con: duckdb.DuckDBPyConnection, table: str, rows: str, *, columns: list[str] | None = None) -> None:
    """Insert `rows` (a relation holding the table's analysed `columns`, by default the schema's) with their keys;
    entity names new to the store get theirs first, and the names of the rows their usual type after."""
    if table == schema.ENTITIES:
        con.execute(f"INSERT INTO {ENTITY_NAMES} (canonical, entity_key) {names_sql(rows)}")
    analysed = columns or list(schema.COLUMNS[table])
    names = ", ".join([*analysed, *DERIVED[table]])
    con.execute(f"INSERT INTO {table} ({names}) {keyed(table, rows, columns=analysed)} ORDER BY {_ORDER[table]}")
    if table == schema.ENTITIES:
        refresh_labels(con, f"SELECT canonical FROM {rows}")


def refresh_labels(con: duckdb.DuckDBPyConnection, names: str = "") -> None:
    """Give the entity names in `names` (a SELECT of canonical names; every name by default) the usual type of
    their mentions in the store."""
    rows = schema.ENTITIES
    if names:
        chosen = f"SELECT entity_key FROM {ENTITY_NAMES} WHERE canonical IN ({names})"
        rows = f"(SELECT entity_key, label FROM {schema.ENTITIES} WHERE entity_key IN ({chosen}))"
    con.execute(
        f"UPDATE {ENTITY_NAMES} n SET label = u.label FROM ({usual_labels(rows)}) u WHERE n.entity_key = u.entity_key"
    )


def refresh_topics(con: duckdb.DuckDBPyConnection, articles: str) -> None:
    """Give the entities of these articles (a SELECT of article ids) the labels their paragraphs now have."""
    con.execute(
        f"UPDATE {schema.ENTITIES} e SET topics = p.topics FROM {schema.PARAGRAPHS} p "
        f"WHERE p.article_key = e.article_key AND p.paragraph = e.paragraph AND e.article_id IN ({articles})"
    )
