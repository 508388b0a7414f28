"""Parquet partitions of the tables: what a distributed extract writes, and how ingest reads it back per article.

Layout: `DIR/<table>/part-00000.parquet` for each of the five tables (paragraph_topics included, so nothing
needs recomputing). Partition N of every table holds the rows of the same articles, in reading order, so
the partitions in name order are the single-process extract.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from dashboard import schema
from dashboard.sources import Article, Paragraph, ReadFailure

if TYPE_CHECKING:  # analysis imports spaCy (seconds): only reading an extract back needs it
    from dashboard.analysis import Analysed

#: Every table a partition holds, articles first.
TABLES = tuple(schema.COLUMNS)

_ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "TIMESTAMP": pa.timestamp("us"),
}


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of a table, typed as in the store."""
    return pa.schema([(name, _ARROW_TYPES[kind]) for name, kind in schema.COLUMNS[table].items()])


def part_name(index: int) -> str:
    """The file name of partition `index`, sortable as text."""
    return f"part-{index:05d}.parquet"


def write_partition(analysed: Iterable[Analysed], out_dir: Path, index: int) -> dict[str, int]:
    """The analysed articles as partition `index` of every table under out_dir; returns rows written per table."""
    rows: dict[str, list[dict]] = {table: [] for table in TABLES}
    for item in analysed:
        for table, table_rows in item.rows.items():
            rows[table].extend(table_rows)
    for table, table_rows in rows.items():
        folder = Path(out_dir) / table
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / part_name(index)
        partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        columns = list(schema.COLUMNS[table])
        pq.write_table(
            pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in table_rows], schema=arrow_schema(table)),
            partial,
        )
        partial.replace(target)  # a retried task overwrites whole files; readers never see half of one
    return {table: len(table_rows) for table, table_rows in rows.items()}


def clear(out_dir: Path) -> None:
    """Remove the partitions of an earlier run, so a smaller run leaves no stale parts behind."""
    for table in TABLES:
        for part in (Path(out_dir) / table).glob("part-*.parquet"):
            part.unlink()


def is_extract(path: Path) -> bool:
    """Whether the folder holds Parquet partitions of the tables."""
    return Path(path).is_dir() and any((Path(path) / schema.ARTICLES).glob("part-*.parquet"))


def read_tables(path: Path) -> dict[str, pd.DataFrame]:
    """Every table of a Parquet extract as one frame, partitions in order."""
    frames = {}
    for table in TABLES:
        parts = sorted((Path(path) / table).glob("part-*.parquet"))
        if parts:
            frames[table] = pa.concat_tables(pq.read_table(p, schema=arrow_schema(table)) for p in parts).to_pandas()
        else:
            frames[table] = schema.empty_frame(table)
    return frames


def read_analysed(path: Path) -> Iterator[Analysed | ReadFailure]:
    """Each article of a Parquet extract rebuilt with all its rows, or a failure naming what cannot be read."""
    for part in sorted((Path(path) / schema.ARTICLES).glob("part-*.parquet")):
        try:
            rows = {
                table: pq.read_table(Path(path) / table / part.name, schema=arrow_schema(table)).to_pylist()
                for table in TABLES
            }
        except (OSError, pa.ArrowException) as err:
            yield ReadFailure(str(part), f"Parquet partition cannot be read ({err})")
            continue
        for quote in rows[schema.QUOTES]:  # a partition written before quotes could span paragraphs
            if quote["last_paragraph"] is None:
                quote["last_paragraph"] = quote["paragraph"]
        yield from _articles_of(rows, source=str(part))


def _articles_of(rows: dict[str, list[dict]], *, source: str) -> Iterator[Analysed | ReadFailure]:
    from dashboard.analysis import Analysed

    by_article: dict[str, dict[str, list[dict]]] = defaultdict(lambda: {table: [] for table in TABLES})
    for table in TABLES[1:]:
        for row in rows[table]:
            by_article[row["article_id"]][table].append(row)
    for row in rows[schema.ARTICLES]:
        own = by_article[row["article_id"]]
        own[schema.ARTICLES] = [row]
        paragraphs = tuple(
            Paragraph(p["paragraph"], p["section"] or "", p["text"] or "")
            for p in sorted(own[schema.PARAGRAPHS], key=lambda p: p["paragraph"])
        )
        article = Article(
            row["article_id"],
            row["title"] or "",
            paragraphs,
            row["published"],
            row["source"] or "",
            row["source_file"] or "",
        )
        if article.content_hash != row["content_hash"]:
            yield ReadFailure(
                f"{source} ({row['article_id']})", "paragraph rows do not add up to the article's text; skipped"
            )
            continue
        yield Analysed(article, own)
