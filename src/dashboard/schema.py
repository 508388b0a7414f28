"""The tables and their columns: the one place that names them.

The same columns are used in pandas, in the DuckDB store and in every CSV extract.
Theme scores are stored long (`paragraph_topics`, one row per paragraph and theme) so that a
user's new theme needs no schema change; `paragraphs` frames carry them pivoted as
`score_<theme>` columns.
"""

from __future__ import annotations

import pandas as pd

ARTICLES = "articles"
PARAGRAPHS = "paragraphs"
PARAGRAPH_TOPICS = "paragraph_topics"
ENTITIES = "entities"
QUOTES = "quotes"

#: column -> DuckDB type, in order.
COLUMNS: dict[str, dict[str, str]] = {
    ARTICLES: {
        "article_id": "VARCHAR",
        "title": "VARCHAR",
        "published": "TIMESTAMP",
        "source": "VARCHAR",
        "source_file": "VARCHAR",
        "n_words": "INTEGER",
        "ingested_at": "TIMESTAMP",
        "content_hash": "VARCHAR",
    },
    PARAGRAPHS: {
        "article_id": "VARCHAR",
        "paragraph": "INTEGER",
        "section": "VARCHAR",
        "text": "VARCHAR",
        "topics": "VARCHAR",
        "topic_terms": "VARCHAR",
    },
    PARAGRAPH_TOPICS: {
        "article_id": "VARCHAR",
        "paragraph": "INTEGER",
        "theme": "VARCHAR",
        "score": "DOUBLE",
        "label": "BOOLEAN",
        "terms": "VARCHAR",
    },
    ENTITIES: {
        "article_id": "VARCHAR",
        "paragraph": "INTEGER",
        "text": "VARCHAR",
        "label": "VARCHAR",
        "canonical": "VARCHAR",
        "start_char": "INTEGER",
        "end_char": "INTEGER",
    },
    QUOTES: {
        "quote_id": "VARCHAR",
        "article_id": "VARCHAR",
        "paragraph": "INTEGER",
        "speaker": "VARCHAR",
        "speaker_kind": "VARCHAR",
        "affiliation": "VARCHAR",
        "role": "VARCHAR",
        "cue": "VARCHAR",
        "quote": "VARCHAR",
        "sentence": "VARCHAR",
        "direct": "BOOLEAN",
        "topics": "VARCHAR",
        "start_char": "INTEGER",
        "end_char": "INTEGER",
        # What the article said of the speaker, and where each shown field came from ("article", or "file": the
        # speakers file); see analysis.speaker_file.
        "article_speaker": "VARCHAR",
        "article_kind": "VARCHAR",
        "article_role": "VARCHAR",
        "article_affiliation": "VARCHAR",
        "speaker_from": "VARCHAR",
        "kind_from": "VARCHAR",
        "role_from": "VARCHAR",
        "affiliation_from": "VARCHAR",
        # The paragraph the quote ends in: a quotation that runs on into the next paragraphs with no cue of its own
        # is one quote, from `start_char` in `paragraph` to `end_char` in `last_paragraph`.
        "last_paragraph": "INTEGER",
    },
}

#: The tables an extract writes, in the order a reader meets them.
TABLES = (ARTICLES, PARAGRAPHS, ENTITIES, QUOTES)

SPEAKER_KINDS = ("analyst", "official", "institution", "unnamed", "other")

TOPIC_SEPARATOR = ";"


def empty_frame(table: str) -> pd.DataFrame:
    """A frame with the table's columns and no rows."""
    return pd.DataFrame({name: pd.Series(dtype=_pandas_dtype(kind)) for name, kind in COLUMNS[table].items()})


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Rows as a frame with exactly the table's columns, in order."""
    if not rows:
        return empty_frame(table)
    df = pd.DataFrame.from_records(rows)
    missing = [c for c in COLUMNS[table] if c not in df.columns]
    for column in missing:
        df[column] = None
    return df[list(COLUMNS[table])]


def with_scores(paragraphs: pd.DataFrame, topics: pd.DataFrame) -> pd.DataFrame:
    """Paragraphs with one `score_<theme>` column per theme, pivoted from the long topic rows."""
    if topics.empty:
        return paragraphs.copy()
    wide = topics.pivot_table(
        index=["article_id", "paragraph"], columns="theme", values="score", aggfunc="max"
    ).add_prefix("score_")
    wide.columns.name = None
    return paragraphs.merge(wide.reset_index(), on=["article_id", "paragraph"], how="left")


def _pandas_dtype(duck_type: str) -> str:
    return {
        "VARCHAR": "object",
        "INTEGER": "Int64",
        "DOUBLE": "float64",
        "BOOLEAN": "boolean",
        "TIMESTAMP": "datetime64[ns]",
    }[duck_type]
