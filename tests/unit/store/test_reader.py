"""A folder of Parquet partitions, as `extract --engine dask` writes it, read in place through DuckDB: the same
kept rows as the store file holding the same articles, and `export` from it; the folder is never written."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pyarrow.parquet as pq
import pytest

from dashboard import schema
from dashboard.analysis import analyse
from dashboard.cli import main
from dashboard.sources import ReadFailure, read_paths
from dashboard.store import Store, parquet
from dashboard.store.filters import Filters
from dashboard.store.reader import Reader
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def analysed(nlp, themes) -> list:
    return list(analyse((r for r in read_paths([SAMPLES]) if not isinstance(r, ReadFailure)), nlp, themes))


@pytest.fixture(scope="module")
def folder(tmp_path_factory, analysed):
    out = tmp_path_factory.mktemp("parquet") / "tables"
    half = len(analysed) // 2
    parquet.write_partition(analysed[:half], out, 0)
    parquet.write_partition(analysed[half:], out, 1)
    return out


@pytest.fixture(scope="module")
def store_file(tmp_path_factory, analysed) -> Store:
    store = Store(tmp_path_factory.mktemp("parquet-store") / "store.duckdb")
    assert all(result.status == "stored" for result in store.add_all(analysed))
    return store


@pytest.mark.parametrize(
    "f",
    [Filters(), Filters(themes=("trade",)), Filters(kinds=("analyst",), since=date(2024, 6, 1)), Filters(text="port")],
    ids=["all", "theme", "kind-since", "text"],
)
def test_a_parquet_folder_keeps_the_rows_the_store_file_keeps(folder, store_file, f):
    reader = Reader(folder)
    assert reader.is_parquet and reader.exists()
    from_folder, from_file = reader.filtered_tables(f), Reader(store_file.path).filtered_tables(f)
    assert len(from_folder[schema.ARTICLES]) > 0
    for table in schema.COLUMNS:
        drop = ["ingested_at"] if table == schema.ARTICLES else []  # set when a store file is written
        pd.testing.assert_frame_equal(
            from_folder[table].drop(columns=drop), from_file[table].drop(columns=drop), check_dtype=False, obj=table
        )


def test_export_reads_a_parquet_folder_and_leaves_it_as_it_was(folder, tmp_path, monkeypatch):
    before = sorted((p.name, p.stat().st_mtime_ns) for p in folder.rglob("*"))
    monkeypatch.setenv("DASHBOARD_STORE", str(folder))
    assert main(["export", "--out", str(tmp_path / "out"), "--theme", "trade", "--zip"]) == 0
    kept = Reader(folder).filtered_tables(Filters(themes=("trade",)))
    for table in schema.TABLES:
        written = pd.read_csv(tmp_path / "out" / f"{table}.csv")
        assert len(written) == len(kept[table]) > 0, table
    assert (tmp_path / "out" / "tables.zip").exists()
    assert sorted((p.name, p.stat().st_mtime_ns) for p in folder.rglob("*")) == before


def test_the_version_of_a_folder_changes_with_its_parts(folder, analysed, tmp_path):
    copy = tmp_path / "copy"
    parquet.write_partition(analysed[:1], copy, 0)
    reader = Reader(copy)
    first = reader.version()
    parquet.write_partition(analysed[1:2], copy, 1)
    assert reader.version() != first


def test_a_partition_written_before_quotes_could_span_paragraphs_ends_each_quote_in_its_own(analysed, tmp_path):
    old = tmp_path / "tables"
    parquet.write_partition(analysed, old, 0)
    quotes_file = old / schema.QUOTES / parquet.part_name(0)
    pq.write_table(pq.read_table(quotes_file).drop_columns(["last_paragraph"]), quotes_file)
    quotes = [q for item in parquet.read_analysed(old) for q in item.rows[schema.QUOTES]]
    assert quotes and all(q["last_paragraph"] == q["paragraph"] for q in quotes)
