"""The command line end to end on the real pipeline and a real store: extract, ingest, info."""

from __future__ import annotations

import csv

import pytest

from dashboard import schema
from dashboard.cli import main
from tests.conftest import SEED


@pytest.fixture()
def store_env(tmp_path, monkeypatch):
    path = tmp_path / "store.duckdb"
    monkeypatch.setenv("DASHBOARD_STORE", str(path))
    return path


def test_extract_writes_the_four_tables_with_the_design_columns(tmp_path):
    out = tmp_path / "out"
    assert main(["extract", str(SEED), "--out", str(out)]) == 0
    for table in schema.TABLES:
        with (out / f"{table}.csv").open(encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
        assert set(schema.COLUMNS[table]) <= set(reader.fieldnames), table
        if table != schema.QUOTES:
            assert rows, table
    with (out / "paragraphs.csv").open(encoding="utf-8") as handle:
        paragraphs = list(csv.DictReader(handle))
    assert len(paragraphs) == 12
    assert {"score_trade", "score_military", "score_diplomacy"} <= set(paragraphs[0])
    with (out / "articles.csv").open(encoding="utf-8") as handle:
        (article,) = list(csv.DictReader(handle))
    assert article["article_id"] == "news-23082024-110344"
    assert article["published"].startswith("2024-08-23 11:03:44")


def test_ingesting_twice_leaves_the_counts_unchanged(store_env, capsys):
    assert main(["ingest", str(SEED)]) == 0
    assert main(["info"]) == 0
    first = capsys.readouterr().out
    assert main(["ingest", str(SEED)]) == 0
    assert main(["info"]) == 0
    second = capsys.readouterr().out
    assert first == second
    assert "articles                    1" in first


def test_a_missing_path_fails_with_a_clear_message_and_the_rest_goes_on(store_env, tmp_path, capsys):
    code = main(["ingest", str(tmp_path / "nowhere.txt"), str(SEED)])
    assert code == 1
    err = capsys.readouterr().err
    assert "nowhere.txt" in err and "no such file" in err
    assert main(["info"]) == 0
    assert "articles                    1" in capsys.readouterr().out


def test_an_unknown_model_is_a_clear_error(store_env, monkeypatch, capsys):
    monkeypatch.setenv("DASHBOARD_SPACY_MODEL", "no_such_pipeline")
    assert main(["ingest", str(SEED)]) == 2
    assert "no_such_pipeline" in capsys.readouterr().err


def test_a_second_ingest_skips_stored_texts_before_analysing_them(store_env, monkeypatch, capsys):
    import dashboard.cli.ingest as cli

    assert main(["ingest", str(SEED)]) == 0
    real, analysed_again = cli.analyse_articles, []

    def counting(articles, settings, **options):
        for item in real(articles, settings, **options):
            analysed_again.append(item.article.article_id)
            yield item

    monkeypatch.setattr(cli, "analyse_articles", counting)
    assert main(["ingest", str(SEED)]) == 0
    assert analysed_again == []
    assert "unchanged 1" in capsys.readouterr().err
