"""CSV extracts that are safe to open in a spreadsheet, streamed from DuckDB in batches: a table's download, the
zip of every filtered table, and `python -m dashboard export`. No extract is ever held whole in memory: rows
come as Arrow record batches, each escaped and written as CSV before the next is read."""

from __future__ import annotations

import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import duckdb
import pandas as pd

from dashboard import schema
from dashboard.store.filters import Filters
from dashboard.store.queries import KEPT, ORDER, identifier, literal, prepared
from dashboard.store.reader import Reader
from dashboard.views.common import analysed, rows

#: A cell starting with one of these is read as a formula by spreadsheet programs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Rows per batch read from DuckDB and written as CSV.
BATCH_ROWS = 50_000
#: Dates and times in every CSV, the same whatever the rows of a batch hold.
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
#: A download stays in memory up to this size, then goes to a temporary file.
SPOOL_BYTES = 8 * 2**20


def escape_cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula, prefixed with a quote so it stays text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of the frame with every text cell escaped."""
    out = df.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(escape_cell)
    return out


def csv_bytes(df: pd.DataFrame) -> bytes:
    """A (small) frame as escaped UTF-8 CSV, formatted as the streamed extracts are."""
    return safe_frame(df).to_csv(index=False, date_format=DATE_FORMAT).encode("utf-8")


def write_tables(frames: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """Frames in memory (what `extract` analysed) written to `<out_dir>/<table>.csv`; the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in frames.items():
        path = out_dir / f"{name}.csv"
        path.write_bytes(csv_bytes(df))
        written.append(path)
    return written


def csv_chunks(con: duckdb.DuckDBPyConnection, sql: str) -> Iterator[bytes]:
    """The rows of a query as escaped UTF-8 CSV, header first, one chunk per batch of rows."""
    batches = con.sql(prepared(con, sql)).to_arrow_reader(BATCH_ROWS)
    header = ",".join(_csv_name(name) for name in batches.schema.names) + "\n"
    yield header.encode("utf-8")
    for batch in batches:
        if batch.num_rows:
            rows = safe_frame(batch.to_pandas())
            yield rows.to_csv(index=False, header=False, date_format=DATE_FORMAT).encode("utf-8")


def write_csv(con: duckdb.DuckDBPyConnection, sql: str, out: BinaryIO) -> int:
    """Stream a query's rows as CSV into a binary file; the number of bytes written."""
    written = 0
    for chunk in csv_chunks(con, sql):
        out.write(chunk)
        written += len(chunk)
    return written


def extract_sql(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The SELECT of each extract table over the `kept_*` views; paragraphs carry one `score_<theme>` column per
    theme of their kept theme rows."""
    themes = [
        t
        for (t,) in rows(
            con, f"SELECT DISTINCT theme FROM {KEPT[schema.PARAGRAPH_TOPICS]} WHERE theme IS NOT NULL ORDER BY theme"
        )
    ]
    scores = ", ".join(f"max(score) FILTER (WHERE theme = {literal(t)}) AS {identifier('score_' + t)}" for t in themes)
    picked = ", ".join(f"s.{identifier('score_' + t)}" for t in themes)
    paragraphs = (
        f"SELECT {analysed(schema.PARAGRAPHS, 'p')}, {picked} FROM {KEPT[schema.PARAGRAPHS]} p "
        f"LEFT JOIN (SELECT article_id, paragraph, {scores} FROM {KEPT[schema.PARAGRAPH_TOPICS]} GROUP BY ALL) s "
        "USING (article_id, paragraph)"
        if themes
        else f"SELECT {analysed(schema.PARAGRAPHS)} FROM {KEPT[schema.PARAGRAPHS]}"
    )
    columns = {table: ", ".join(schema.COLUMNS[table]) for table in schema.TABLES}
    return {
        table: (
            f"SELECT * FROM ({paragraphs}) ORDER BY {ORDER[table]}"
            if table == schema.PARAGRAPHS
            else f"SELECT {columns[table]} FROM {KEPT[table]} ORDER BY {ORDER[table]}"
        )
        for table in schema.TABLES
    }


def write_extract(con: duckdb.DuckDBPyConnection, out_dir: Path) -> dict[str, Path]:
    """Each extract table streamed to `<out_dir>/<table>.csv`; the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for table, sql in extract_sql(con).items():
        path = out_dir / f"{table}.csv"
        with path.open("wb") as handle:
            write_csv(con, sql, handle)
        written[table] = path
    return written


def write_zip(con: duckdb.DuckDBPyConnection, out: BinaryIO) -> None:
    """One zip holding `<table>.csv` for each extract table, each streamed into its entry."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for table, sql in extract_sql(con).items():
            with archive.open(f"{table}.csv", "w", force_zip64=True) as entry:
                write_csv(con, sql, entry)


def kept_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows each extract table holds under the filters."""
    return {table: rows(con, f"SELECT count(*) FROM {KEPT[table]}")[0][0] for table in schema.TABLES}


def _csv_name(name: str) -> str:
    return pd.Series([name]).to_csv(index=False, header=False).strip("\r\n")


def csv_file(reader: Reader, filters: Filters, sql: str) -> BinaryIO:
    """A download's CSV: the query's rows under the filters, streamed into a temporary file (in memory while
    small, on disk beyond), rewound for reading."""
    return _spooled(reader, filters, lambda con, out: write_csv(con, sql, out))


def extract_csv(reader: Reader, filters: Filters, table: str) -> BinaryIO:
    """One extract table's CSV under the filters, streamed into a temporary file, rewound for reading."""
    return _spooled(reader, filters, lambda con, out: write_csv(con, extract_sql(con)[table], out))


def zip_file(reader: Reader, filters: Filters) -> BinaryIO:
    """The zip of every extract table under the filters, streamed into a temporary file, rewound for reading."""
    return _spooled(reader, filters, write_zip)


def _spooled(reader: Reader, filters: Filters, write: Callable[[duckdb.DuckDBPyConnection, BinaryIO], object]):
    out = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 - handed open to the reader of the download
    with reader.connect(filters) as con:
        write(con, out)
    out.seek(0)
    return out
