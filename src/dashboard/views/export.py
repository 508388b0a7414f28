"""CSV extracts that are safe to open in a spreadsheet, one file per table or one zip of them all."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pandas as pd

from dashboard import schema

#: A cell starting with one of these is read as a formula by spreadsheet programs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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
    """The frame as escaped UTF-8 CSV."""
    return safe_frame(df).to_csv(index=False).encode("utf-8")


def zip_bytes(frames: dict[str, pd.DataFrame]) -> bytes:
    """One zip holding `<table>.csv` for each frame."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, df in frames.items():
            archive.writestr(f"{name}.csv", csv_bytes(df))
    return buffer.getvalue()


def write_tables(frames: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """Each frame written to `<out_dir>/<table>.csv`; returns the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in frames.items():
        path = out_dir / f"{name}.csv"
        path.write_bytes(csv_bytes(df))
        written.append(path)
    return written


def extract_tables(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The four extract tables of (filtered) store tables; paragraphs carry one `score_<theme>` column per theme."""
    paragraphs = schema.with_scores(tables[schema.PARAGRAPHS], tables[schema.PARAGRAPH_TOPICS])
    return {
        schema.ARTICLES: tables[schema.ARTICLES].reset_index(drop=True),
        schema.PARAGRAPHS: paragraphs.reset_index(drop=True),
        schema.ENTITIES: tables[schema.ENTITIES].reset_index(drop=True),
        schema.QUOTES: tables[schema.QUOTES].reset_index(drop=True),
    }
