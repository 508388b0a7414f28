"""`python -m dashboard export` on a store the real pipeline filled: exactly the filtered rows (those the pandas
statement of the filters keeps), escaped cells, clear errors for bad flags; the same from a Parquet folder."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date

import pytest

from dashboard import schema
from dashboard.cli import main
from dashboard.store import Store
from dashboard.store.filters import Filters
from dashboard.views.export import csv_bytes
from tests.oracle import apply
from tests.stores import add_text, fill


@pytest.fixture(scope="module")
def store(tmp_path_factory, nlp, themes) -> Store:
    return fill(tmp_path_factory.mktemp("export") / "samples.duckdb", nlp, themes)


@pytest.fixture()
def use(monkeypatch):
    def point_at(store: Store) -> None:
        monkeypatch.setenv("DASHBOARD_STORE", str(store.path))

    return point_at


def test_the_extract_holds_exactly_the_filtered_rows_of_every_table(store, use, tmp_path):
    use(store)
    out = tmp_path / "out"
    assert (
        main(["export", "--out", str(out), "--theme", "trade", "--kind", "analyst", "--since", "2024-06-01", "--zip"])
        == 0
    )
    tables = store.tables()
    expected = _extract(apply(tables, Filters(themes=("trade",), kinds=("analyst",), since=date(2024, 6, 1))))
    assert 0 < len(expected[schema.QUOTES]) < len(tables[schema.QUOTES])
    assert 0 < len(expected[schema.ARTICLES]) < len(tables[schema.ARTICLES])
    for name, frame in expected.items():
        assert (out / f"{name}.csv").read_bytes() == csv_bytes(frame), name
    with (out / "quotes.csv").open(encoding="utf-8") as handle:
        quotes = list(csv.DictReader(handle))
    assert {q["speaker_kind"] for q in quotes} == {"analyst"}
    assert all("trade" in q["topics"].split(";") for q in quotes)
    assert set(schema.COLUMNS[schema.QUOTES]) == set(quotes[0])
    with zipfile.ZipFile(out / "tables.zip") as archive:
        assert sorted(archive.namelist()) == sorted(f"{name}.csv" for name in schema.TABLES)
        for name, frame in expected.items():
            assert archive.read(f"{name}.csv") == csv_bytes(frame)


def _extract(tables: dict) -> dict:
    """The four extract tables of filtered frames: paragraphs with one score column per theme."""
    paragraphs = schema.with_scores(tables[schema.PARAGRAPHS], tables[schema.PARAGRAPH_TOPICS])
    return {
        name: (paragraphs if name == schema.PARAGRAPHS else tables[name]).reset_index(drop=True)
        for name in schema.TABLES
    }


def test_without_filters_the_extract_is_the_whole_store(store, use, tmp_path):
    use(store)
    assert main(["export", "--out", str(tmp_path)]) == 0
    counts = store.counts()
    for name in schema.TABLES:
        with (tmp_path / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            assert sum(1 for _ in csv.DictReader(handle)) == counts[name], name


def test_cells_a_spreadsheet_would_run_are_escaped(tmp_path, use, nlp, themes):
    hostile = Store(tmp_path / "hostile.duckdb")
    add_text(
        hostile,
        "formula.txt",
        'Formula Test\n\n=HYPERLINK("http://example.com","click") opens a link.\n\n'
        "-2 percent was the forecast, the ministry said.\n\n@everyone should read this, she said.",
        nlp,
        themes,
    )
    use(hostile)
    assert main(["export", "--out", str(tmp_path / "out")]) == 0
    with (tmp_path / "out" / "paragraphs.csv").open(encoding="utf-8", newline="") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    assert texts[0].startswith("'=HYPERLINK") and texts[1].startswith("'-2") and texts[2].startswith("'@every")
    assert not any(text.startswith(("=", "+", "-", "@")) for text in texts)


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--since", "last week"], "--since 'last week' is not a date"),
        (["--until", "2024-13-01"], "--until '2024-13-01' is not a date"),
        (["--since", "2025-01-01", "--until", "2024-01-01"], "is after --until"),
    ],
)
def test_bad_dates_are_refused_with_the_flag_named(store, use, tmp_path, capsys, flags, message):
    use(store)
    assert main(["export", "--out", str(tmp_path / "out"), *flags]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_missing_store_says_how_to_fill_it(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("DASHBOARD_STORE", str(tmp_path / "absent.duckdb"))
    assert main(["export", "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "no store at" in err and "dashboard ingest" in err
    assert not (tmp_path / "absent.duckdb").exists()


def test_an_unknown_filter_value_is_named_and_gives_empty_tables_with_headers(store, use, tmp_path, capsys):
    use(store)
    assert main(["export", "--out", str(tmp_path), "--speaker", "Nobody Atall"]) == 0
    assert "no stored row has --speaker 'Nobody Atall'" in capsys.readouterr().err
    header = (tmp_path / "quotes.csv").read_text(encoding="utf-8").splitlines()
    assert header == [",".join(schema.COLUMNS[schema.QUOTES])]
    assert list(csv.reader(io.StringIO((tmp_path / "articles.csv").read_text(encoding="utf-8"))))[1:] == []
