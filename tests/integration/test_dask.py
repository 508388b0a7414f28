"""The Dask engine on a local cluster of two worker processes: the same rows as the single-process extract,
written as Parquet partitions that ingest loads into the store article by article."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dashboard import schema
from dashboard.analysis import analyse, to_frames
from dashboard.analysis.speaker_file import load_speaker_file
from dashboard.cli import main
from dashboard.sources import ReadFailure, read_paths
from dashboard.store import Store, parquet
from tests.conftest import SAMPLES

pytest.importorskip("distributed")


def _rows(table: str, df) -> list[tuple]:
    """The table's rows as plain Python values, typed as in the store, sorted."""
    typed = pa.Table.from_pandas(
        df[list(schema.COLUMNS[table])], schema=parquet.arrow_schema(table), preserve_index=False
    )
    return sorted((tuple(row.values()) for row in typed.to_pylist()), key=repr)


#: A speakers file pinning one sample speaker, so the workers are seen to apply the file the client read.
ENVOY = '[[speaker]]\nname = "Lena Ostrowska"\nkind = "official"\n'


@pytest.fixture(scope="module")
def speakers(tmp_path_factory):
    path = tmp_path_factory.mktemp("speakers") / "speakers.toml"
    path.write_text(ENVOY, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def dask_out(tmp_path_factory, speakers):
    out = tmp_path_factory.mktemp("dask") / "tables"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DASHBOARD_SPEAKERS", str(speakers))
        code = main(["extract", str(SAMPLES), "--engine", "dask", "--partition-files", "2", "--out", str(out)])
    assert code == 0
    return out


@pytest.fixture(scope="module")
def single_process(nlp, themes, speakers):
    articles = (r for r in read_paths([SAMPLES]) if not isinstance(r, ReadFailure))
    return to_frames(analyse(articles, nlp, themes, speakers=load_speaker_file(speakers)))


def test_dask_extract_on_two_local_workers_equals_the_single_process_extract(dask_out, single_process):
    parts = sorted(p.name for p in (dask_out / schema.ARTICLES).glob("part-*.parquet"))
    assert len(parts) >= 4  # several partitions, spread over both workers
    dask_tables = parquet.read_tables(dask_out)
    for table in schema.COLUMNS:
        assert len(single_process[table]) > 0 or table == schema.QUOTES, table
        assert _rows(table, dask_tables[table]) == _rows(table, single_process[table]), table
    assert list(dask_tables[schema.ARTICLES]["article_id"]) == list(single_process[schema.ARTICLES]["article_id"])
    for table in schema.COLUMNS:
        assert sorted(p.name for p in (dask_out / table).glob("part-*.parquet")) == parts, table
    quotes = dask_tables[schema.QUOTES]
    assert set(quotes.loc[quotes["speaker"] == "Lena Ostrowska", "kind_from"]) == {"file"}


def test_ingest_loads_the_parquet_output_into_the_store_once(dask_out, single_process, tmp_path, monkeypatch):
    monkeypatch.setenv("DASHBOARD_STORE", str(tmp_path / "store.duckdb"))
    assert main(["ingest", str(dask_out)]) == 0
    stored = Store(tmp_path / "store.duckdb")
    expected = {table: len(df) for table, df in single_process.items()}
    assert stored.counts() == expected
    assert main(["ingest", str(dask_out)]) == 0
    assert stored.counts() == expected  # the same output again changes nothing
    tables = stored.tables()
    columns = [c for c in schema.COLUMNS[schema.ENTITIES]]
    assert _rows(schema.ENTITIES, tables[schema.ENTITIES][columns]) == _rows(
        schema.ENTITIES, single_process[schema.ENTITIES]
    )


def test_ingest_pins_the_parquet_quotes_by_its_own_speakers_file(dask_out, tmp_path, monkeypatch):
    monkeypatch.setenv("DASHBOARD_STORE", str(tmp_path / "store.duckdb"))
    monkeypatch.setenv("DASHBOARD_SPEAKERS", str(tmp_path / "speakers.toml"))
    (tmp_path / "speakers.toml").write_text(ENVOY.replace("official", "analyst"), encoding="utf-8")
    assert main(["ingest", str(dask_out)]) == 0
    quotes = Store(tmp_path / "store.duckdb").table(schema.QUOTES)
    envoy = quotes.loc[quotes["speaker"] == "Lena Ostrowska"]
    assert set(zip(envoy["speaker_kind"], envoy["kind_from"], strict=True)) == {("analyst", "file")}
    assert set(envoy["article_kind"]) == {"official"}  # what the articles said, not the extract's pin


def test_a_partition_whose_rows_do_not_match_its_articles_is_reported_and_the_rest_stored(
    dask_out, tmp_path, monkeypatch, capsys
):
    broken = tmp_path / "broken"
    for table in parquet.TABLES:
        (broken / table).mkdir(parents=True)
        for part in (dask_out / table).glob("part-*.parquet"):
            (broken / table / part.name).write_bytes(part.read_bytes())
    first = sorted((broken / schema.PARAGRAPHS).glob("part-*.parquet"))[0]
    paragraphs = pq.read_table(first)
    pq.write_table(paragraphs.slice(0, paragraphs.num_rows - 1), first)  # one paragraph lost
    monkeypatch.setenv("DASHBOARD_STORE", str(tmp_path / "store.duckdb"))
    assert main(["ingest", str(broken)]) == 1
    assert "do not add up" in capsys.readouterr().err
    n_articles = len(parquet.read_tables(dask_out)[schema.ARTICLES])
    assert Store(tmp_path / "store.duckdb").counts()[schema.ARTICLES] == n_articles - 1


def test_an_unreachable_scheduler_is_a_one_line_error(tmp_path, capsys):
    code = main(
        [
            "extract",
            str(SAMPLES),
            "--engine",
            "dask",
            "--scheduler",
            "tcp://127.0.0.1:9",
            "--out",
            str(tmp_path / "out"),
        ]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert "cannot reach the Dask scheduler" in err and "Traceback" not in err


def test_partitions_list_files_in_the_order_the_folder_reader_reads_them(tmp_path):
    from dashboard.scale.distributed import list_files

    body = "A title\n\nThe council said on Monday that the harbour would reopen.\n"
    for name in ("b.txt", "a.md", "sub/z.txt", "sub/deeper/c.txt", "A.txt", ".hidden.txt", "notes.pdf", ".cache/x.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(body, encoding="utf-8")
    files, failures = list_files([tmp_path, tmp_path / "missing"])
    read = [r.source_file for r in read_paths([tmp_path]) if not isinstance(r, ReadFailure)]
    assert files == read and len(files) == 5
    assert [f.source for f in failures] == [str(tmp_path / "missing")]
