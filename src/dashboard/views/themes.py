"""The Themes and Overview pages' queries: theme mix, themes by month and section, by article, themed paragraphs.

A paragraph's themes are the labels in its `topics` cell. Counting goes by labels cell first (a few distinct
cells per month or section), so DuckDB returns a small frame that pandas splits into themes.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard import schema
from dashboard.store.queries import identifier, literal
from dashboard.views.common import LABELS, MONTH, frame
from dashboard.views.entities import SUMMARY
from dashboard.views.listing import Listing

_KEYS = {
    "month": (
        f"SELECT {MONTH} AS key, p.topics FROM kept_paragraphs p JOIN articles a USING (article_id) "
        "WHERE a.published IS NOT NULL"
    ),
    "section": "SELECT coalesce(nullif(section, ''), '(no heading)') AS key, topics FROM kept_paragraphs",
}


def theme_mix(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Paragraphs per theme and their share of all kept paragraphs, largest first."""
    mix = _shares(con, "SELECT '' AS key, topics FROM kept_paragraphs").drop(columns="key")
    return mix.sort_values(["paragraphs", "theme"], ascending=[False, True], ignore_index=True)


def theme_by(con: duckdb.DuckDBPyConnection, by: str) -> pd.DataFrame:
    """Theme share of paragraphs per `month` (of publication; undated articles left out) or `section`
    (columns: key, theme, paragraphs, share)."""
    if by not in _KEYS:
        raise ValueError(f"cannot group themes by {by!r}")
    return _shares(con, _KEYS[by])


def theme_entities(con: duckdb.DuckDBPyConnection, *, top: int = 15) -> pd.DataFrame:
    """Paragraphs where each of the most named entities meets each theme (columns: canonical, theme, paragraphs)."""
    return frame(
        con,
        f"""WITH leaders AS (SELECT canonical, mentions AS n FROM {SUMMARY}
                             ORDER BY mentions DESC, canonical LIMIT {int(top)}),
                 named AS (SELECT DISTINCT article_id, paragraph, canonical FROM kept_entities
                           WHERE canonical IN (SELECT canonical FROM leaders)),
                 themed AS (SELECT article_id, paragraph, topics FROM kept_paragraphs WHERE coalesce(topics, '') <> '')
            SELECT canonical, theme, count(*) AS paragraphs
            FROM (SELECT n.canonical, unnest(string_split(t.topics, {literal(schema.TOPIC_SEPARATOR)})) AS theme
                  FROM named n JOIN themed t USING (article_id, paragraph))
            JOIN leaders USING (canonical)
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
        f"SELECT c.*, {filled} FROM chosen c LEFT JOIN (SELECT article_id, {shares} FROM kept_paragraphs "
        "WHERE article_id IN (SELECT article_id FROM chosen) GROUP BY article_id) s USING (article_id)"
        if themes
        else ""
    )
    return Listing(
        rows="SELECT article_id, title, published FROM kept_articles",
        order="published DESC NULLS LAST, article_id",
        search=("title", "article_id"),
        expand=expand,
    )


#: Paragraphs that carry a theme, with the terms that decided it and their article's title.
THEMED_PARAGRAPHS = Listing(
    rows="SELECT article_id, paragraph, section, topics, topic_terms, text FROM kept_paragraphs "
    "WHERE coalesce(topics, '') <> ''",
    order="article_id, paragraph",
    search=("text", "topics", "topic_terms", "section"),
    expand="SELECT c.article_id, a.title, c.paragraph, c.section, c.topics, c.topic_terms, c.text "
    "FROM chosen c LEFT JOIN articles a USING (article_id)",
)


def _shares(con: duckdb.DuckDBPyConnection, keyed: str) -> pd.DataFrame:
    """Per key of the (key, topics) rows, each theme's paragraphs and share: counted per labels cell first (a
    few distinct cells per key), then split into themes."""
    return frame(
        con,
        f"""WITH cells AS (SELECT key, topics, count(*) AS n FROM ({keyed}) GROUP BY ALL),
                 totals AS (SELECT key, sum(n) AS total FROM cells GROUP BY key)
            SELECT key, theme, sum(n)::BIGINT AS paragraphs, (sum(n) / any_value(total))::DOUBLE AS share
            FROM (SELECT key, n, {LABELS} AS theme FROM cells) JOIN totals USING (key)
            WHERE theme <> '' GROUP BY key, theme ORDER BY key, theme""",
    )
