"""What each sidebar filter offers, from the whole store: the most frequent names (a user types any other)."""

from __future__ import annotations

import duckdb

from dashboard.views.common import LABELS, rows
from dashboard.views.entities import named_sql
from dashboard.views.speakers import SPEAKER_KINDS
from dashboard.views.themes import MONTH_CELLS

#: Names offered by the speaker and entity filters; any other can be typed.
TOP_NAMES = 1000


def filter_options(con: duckdb.DuckDBPyConnection, *, top: int = TOP_NAMES) -> dict[str, list[str]]:
    """Speakers, entities and sources most frequent first (ties alphabetical), themes and kinds alphabetical; the
    themes are those labelling a paragraph. Asked on a connection narrowed by no filter: speakers, kinds, entities
    and themes come from the counts the Overview reads (quotes per speaker and kind, mentions per entity,
    paragraphs per month and labels), so the first page counts each table once."""

    def ranked(column: str, table: str, count: str = "count(*)") -> list[str]:
        found = rows(
            con,
            f"SELECT {column} FROM {table} WHERE trim(coalesce({column}, '')) <> '' GROUP BY {column} "
            f"ORDER BY {count} DESC, {column} LIMIT {int(top)}",
        )
        return [name for (name,) in found]

    def distinct(column: str, table: str) -> list[str]:
        found = rows(con, f"SELECT DISTINCT {column} FROM {table} WHERE {column} <> '' ORDER BY 1")
        return [name for (name,) in found]

    return {
        "speakers": ranked("speaker", SPEAKER_KINDS, "sum(n)"),
        "entities": [
            name
            for (name,) in rows(
                con,
                f"SELECT canonical FROM ({named_sql()}) WHERE trim(canonical) <> '' "
                f"ORDER BY mentions DESC, canonical LIMIT {int(top)}",
            )
        ],
        "sources": ranked("source", "articles"),
        "themes": distinct("theme", f"(SELECT {LABELS} AS theme FROM {MONTH_CELLS})"),
        "kinds": distinct("speaker_kind", SPEAKER_KINDS),
    }
