"""What each sidebar filter offers, from the whole store: the most frequent names (a user types any other)."""

from __future__ import annotations

import duckdb

from dashboard.views.common import NAMED, rows
from dashboard.views.entities import named_sql

#: Names offered by the speaker and entity filters; any other can be typed.
TOP_NAMES = 1000


def filter_options(con: duckdb.DuckDBPyConnection, *, top: int = TOP_NAMES) -> dict[str, list[str]]:
    """Speakers, entities and sources most frequent first (ties alphabetical), themes and kinds alphabetical. Asked
    on a connection narrowed by no filter: the entities come from its mentions per entity, which the unfiltered
    pages then reuse."""

    def ranked(column: str, table: str, named: str) -> list[str]:
        found = rows(
            con,
            f"SELECT {column} FROM {table} WHERE {named} GROUP BY {column} ORDER BY count(*) DESC, {column} "
            f"LIMIT {int(top)}",
        )
        return [name for (name,) in found]

    def distinct(column: str, table: str) -> list[str]:
        found = rows(con, f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY 1")
        return [name for (name,) in found]

    return {
        "speakers": ranked("speaker", "quotes", NAMED),
        "entities": [
            name
            for (name,) in rows(
                con,
                f"SELECT canonical FROM ({named_sql()}) WHERE trim(canonical) <> '' "
                f"ORDER BY mentions DESC, canonical LIMIT {int(top)}",
            )
        ],
        "sources": ranked("source", "articles", "trim(coalesce(source, '')) <> ''"),
        "themes": distinct("theme", "paragraph_topics"),
        "kinds": distinct("speaker_kind", "quotes"),
    }
