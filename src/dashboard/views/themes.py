"""The Themes and Overview pages' queries: theme mix, themes by month and section, by article, themed paragraphs.

A paragraph's themes are the labels in its `topics` cell. The kept paragraphs are counted once per page run by
month and labels cell and by section and labels cell (a few thousand rows each), and every theme chart and the
paragraph count read those counts: no chart reads the paragraphs again.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard import schema
from dashboard.store.queries import identifier, literal, shared
from dashboard.views.common import ARTICLE_TOTAL, LABELS, MONTH, frame
from dashboard.views.entities import most_named_sql
from dashboard.views.listing import Listing

#: The kept paragraphs counted by month and labels cell, and by section and labels cell (each made once per page
#: run; apart, as each page needs one or both and a count by all three is several times slower).
MONTH_CELLS = shared("shared_month_cells", "SELECT month, topics, count(*) AS n FROM kept_paragraphs GROUP BY ALL")
SECTION_CELLS = shared(
    "shared_section_cells", "SELECT section, topics, count(*) AS n FROM kept_paragraphs GROUP BY ALL"
)
_KEYS = {
    "month": f"SELECT {MONTH} AS key, topics, n FROM {MONTH_CELLS} WHERE month IS NOT NULL",
    "section": f"SELECT coalesce(nullif(section, ''), '(no heading)') AS key, topics, n FROM {SECTION_CELLS}",
}


def theme_mix(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Paragraphs per theme and their share of all kept paragraphs, largest first."""
    mix = _shares(con, f"SELECT '' AS key, topics, n FROM {MONTH_CELLS}").drop(columns="key")
    return mix.sort_values(["paragraphs", "theme"], ascending=[False, True], ignore_index=True)


def theme_by(con: duckdb.DuckDBPyConnection, by: str) -> pd.DataFrame:
    """Theme share of paragraphs per `month` (of publication; undated articles left out) or `section`
    (columns: key, theme, paragraphs, share)."""
    if by not in _KEYS:
        raise ValueError(f"cannot group themes by {by!r}")
    return _shares(con, _KEYS[by])


def theme_entities(con: duckdb.DuckDBPyConnection, *, top: int = 15) -> pd.DataFrame:
    """Paragraphs where each of the most named entities meets each theme (columns: canonical, theme, paragraphs)."""
    # An entity row carries its paragraph's labels, and a kept entity is in a kept paragraph: no join needed. Each
    # leader's paragraphs (its first mention in each) are counted per labels cell, from its kept rows (the shared
    # keys leave the labels out), and only the few cells are split into themes.
    return frame(
        con,
        f"""WITH leaders AS (SELECT entity_key, canonical, mentions AS n FROM ({most_named_sql(top)})),
                 cells AS (SELECT entity_key, topics,
                                  count_if(first_in_paragraph) AS k
                           FROM kept_entities
                           WHERE entity_key IN (SELECT entity_key FROM leaders) AND coalesce(topics, '') <> ''
                           GROUP BY ALL)
            SELECT canonical, theme, sum(k)::BIGINT AS paragraphs
            FROM (SELECT entity_key, k, unnest(string_split(topics, {literal(schema.TOPIC_SEPARATOR)})) AS theme
                  FROM cells)
            JOIN leaders USING (entity_key)
            WHERE theme <> '' GROUP BY canonical, theme, leaders.n
            ORDER BY leaders.n DESC, canonical, theme""",
    )


def theme_shares(themes: tuple[str, ...]) -> Listing:
    """One row per article, newest first: title, date and the share of its kept paragraphs in each theme."""
    separator = literal(schema.TOPIC_SEPARATOR)
    shares = ", ".join(
        f"avg(CASE WHEN list_contains(string_split(coalesce(topics, ''), {separator}), {literal(t)}) "
        f"THEN 1.0 ELSE 0.0 END) AS {identifier(t)}"
        for t in themes
    )
    filled = ", ".join(f"coalesce(s.{identifier(t)}, 0.0) AS {identifier(t)}" for t in themes)
    expand = (
        f"SELECT c.* EXCLUDE (article_key), {filled} FROM chosen c LEFT JOIN (SELECT article_key, {shares} "
        "FROM kept_paragraphs WHERE article_key IN (SELECT article_key FROM chosen) GROUP BY article_key) s "
        "USING (article_key)"
        if themes
        else "SELECT * EXCLUDE (article_key) FROM chosen"
    )
    return Listing(
        rows="SELECT article_id, title, published, article_key FROM kept_articles",
        order="published DESC NULLS LAST, article_id",
        search=("title", "article_id"),
        expand=expand,
        total=ARTICLE_TOTAL,
    )


#: Paragraphs that carry a theme, with the terms that decided it and their article's title.
THEMED_PARAGRAPHS = Listing(
    rows="SELECT article_id, paragraph, section, topics, topic_terms, text, article_key FROM kept_paragraphs "
    "WHERE coalesce(topics, '') <> ''",
    order="article_id, paragraph",
    search=("text", "topics", "topic_terms", "section"),
    total=f"SELECT coalesce(sum(n), 0) FROM {MONTH_CELLS} WHERE coalesce(topics, '') <> ''",
    expand="SELECT c.article_id, a.title, c.paragraph, c.section, c.topics, c.topic_terms, c.text "
    "FROM chosen c LEFT JOIN articles a USING (article_key)",
)


def _shares(con: duckdb.DuckDBPyConnection, keyed: str) -> pd.DataFrame:
    """Per key of the (key, topics, n) rows, each theme's paragraphs and share: summed per labels cell first (a
    few distinct cells per key), then split into themes."""
    return frame(
        con,
        f"""WITH cells AS (SELECT key, topics, sum(n) AS n FROM ({keyed}) GROUP BY ALL),
                 totals AS (SELECT key, sum(n) AS total FROM cells GROUP BY key)
            SELECT key, theme, sum(n)::BIGINT AS paragraphs, (sum(n) / any_value(total))::DOUBLE AS share
            FROM (SELECT key, n, {LABELS} AS theme FROM cells) JOIN totals USING (key)
            WHERE theme <> '' GROUP BY key, theme ORDER BY key, theme""",
    )
