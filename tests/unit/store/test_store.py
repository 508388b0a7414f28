"""The DuckDB store on the real pipeline: whole-or-nothing adds, idempotence, taken ids, locks and busy stores."""

from __future__ import annotations

import threading
import time

import duckdb
import pandas as pd
import pytest

from dashboard import schema
from dashboard.analysis import Analysed, analyse
from dashboard.cli import main
from dashboard.sources import read_paths
from dashboard.store import Store, StoreBusy, StoreError, keys, migrations
from dashboard.store.connection import WRITER_MARK_FRESH
from tests.integration.support import article_text, expected_rows, rows_per_article, write_articles
from tests.stores import wrong_keys
from tests.unit.store.conftest import HOLD_FOR_WRITING, raw_columns


@pytest.fixture()
def analysed(nlp, themes):
    def run(paths) -> list[Analysed]:
        return list(analyse(read_paths(paths), nlp, themes))

    return run


@pytest.fixture()
def store(tmp_path) -> Store:
    return Store(tmp_path / "store.duckdb")


@pytest.fixture()
def holder(store, child):
    """Start a second process holding the store for writing; its `release()` lets it go."""
    return lambda: child(HOLD_FOR_WRITING, store.path).wait_for("holding")


def test_every_article_is_stored_with_all_its_rows_and_proved_whole(store, analysed, tmp_path):
    items = analysed(write_articles(tmp_path / "in", range(4)))
    results = list(store.add_all(items, batch_articles=3))
    assert [r.status for r in results] == ["stored"] * 4
    found = rows_per_article(store.tables())
    assert found == {item.article.article_id: expected_rows(item) for item in items}
    assert all(found[i.article.article_id][schema.PARAGRAPH_TOPICS] > 0 for i in items)
    assert store.incomplete().empty
    assert store.counts()[schema.ARTICLES] == 4


def test_adding_the_same_text_again_changes_nothing(store, analysed, tmp_path):
    (first,) = write_articles(tmp_path / "in", range(1))
    copy = tmp_path / "elsewhere" / "copy.txt"
    copy.parent.mkdir()
    copy.write_bytes(first.read_bytes())
    (item,) = analysed([first])
    assert store.add(item).status == "stored"
    before = store.tables()
    again = [store.add(i) for i in analysed([first, copy])]
    assert [(r.status, r.article_id) for r in again] == [("unchanged", item.article.article_id)] * 2
    after = store.tables()
    for name in schema.COLUMNS:
        pd.testing.assert_frame_equal(before[name], after[name])


def test_a_different_text_with_a_taken_id_is_kept_under_a_derived_id(store, analysed, tmp_path):
    article_id, text = article_text(0)
    first = tmp_path / "first.txt"
    first.write_text(text, encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text(article_text(1)[1].replace(article_text(1)[0], article_id), encoding="utf-8")
    results = list(store.add_all(analysed([first, second])))
    assert [r.status for r in results] == ["stored", "renamed"]
    assert results[1].source_file == str(second)
    derived = results[1].article_id
    assert derived.startswith(article_id + "~") and derived != article_id
    tables = store.tables()
    assert set(tables[schema.ARTICLES]["article_id"]) == {article_id, derived}
    second_paragraphs = tables[schema.PARAGRAPHS].query("article_id == @derived")["text"]
    assert any("Harbour Institute" in t for t in second_paragraphs)
    assert rows_per_article(tables)[derived] == expected_rows(analysed([second])[0])
    derived_quotes = tables[schema.QUOTES].query("article_id == @derived")["quote_id"]
    assert all(q.startswith(derived + ":") for q in derived_quotes)
    assert store.incomplete().empty
    again = list(store.add_all(analysed([second, first])))
    assert [(r.status, r.article_id) for r in again] == [("unchanged", derived), ("unchanged", article_id)]
    assert store.counts()[schema.ARTICLES] == 2


def test_repeats_and_taken_ids_within_one_batch_are_placed_in_order(store, analysed, tmp_path):
    first, other = write_articles(tmp_path / "in", range(2))
    taken = tmp_path / "taken.txt"
    taken.write_text(other.read_text(encoding="utf-8").replace(other.stem, first.stem), encoding="utf-8")
    results = list(store.add_all(analysed([first, first, taken, taken, other])))
    assert [r.status for r in results] == ["stored", "unchanged", "renamed", "unchanged", "stored"]
    assert results[2].article_id == results[3].article_id != first.stem
    assert store.counts()[schema.ARTICLES] == 3
    assert store.incomplete().empty


def test_an_article_that_fails_midway_leaves_nothing_and_the_batch_goes_on(store, analysed, tmp_path):
    good, bad, other = analysed(write_articles(tmp_path / "in", range(3)))
    paragraphs = bad.rows[schema.PARAGRAPHS]
    # The same paragraph twice breaks the paragraphs key after the articles row is already written.
    broken = Analysed(bad.article, {**bad.rows, schema.PARAGRAPHS: paragraphs + paragraphs[:1]})
    results = list(store.add_all([good, broken, other]))
    assert [r.status for r in results] == ["stored", "failed", "stored"]
    assert "cannot store" in results[1].reason and results[1].source_file == bad.article.source_file
    found = rows_per_article(store.tables())
    assert bad.article.article_id not in found
    assert set(found) == {good.article.article_id, other.article.article_id}
    assert store.incomplete().empty
    assert store.add(bad).status == "stored"


def test_incomplete_names_an_article_that_lost_rows_and_info_says_so(store, analysed, tmp_path, monkeypatch, capsys):
    items = analysed(write_articles(tmp_path / "in", range(2)))
    list(store.add_all(items))
    victim = items[1].article.article_id
    with store.connect() as con:
        con.execute("DELETE FROM entities WHERE article_id = ?", [victim])
    broken = store.incomplete()
    assert set(broken["article_id"]) == {victim}
    assert list(broken["table_name"]) == [schema.ENTITIES]
    assert int(broken["expected"].iloc[0]) == expected_rows(items[1])[schema.ENTITIES]
    assert int(broken["found"].iloc[0]) == 0
    monkeypatch.setenv("DASHBOARD_STORE", str(store.path))
    assert main(["info"]) == 1
    assert f"incomplete articles: {victim}" in capsys.readouterr().out


def test_a_missing_store_reads_as_empty_and_is_not_created(store):
    assert store.counts() == dict.fromkeys(schema.COLUMNS, 0)
    tables = store.tables()
    assert all(df.empty and list(df.columns) == list(schema.COLUMNS[n]) for n, df in tables.items())
    assert store.incomplete().empty
    assert not store.path.exists()


def test_a_reader_waits_for_a_writer_in_another_process_then_sees_its_data(store, analysed, tmp_path, holder):
    items = analysed(write_articles(tmp_path / "in", range(2)))
    list(store.add_all(items))
    process = holder()
    with pytest.raises(duckdb.IOException, match="lock"):
        duckdb.connect(str(store.path), read_only=True)
    timer = threading.Timer(0.5, process.release)
    timer.start()
    try:
        counts = Store(store.path, read_timeout=300).counts()  # however long the holder takes to let go
    finally:
        timer.join()
    assert counts[schema.ARTICLES] == 2
    assert rows_per_article(store.tables()) == {i.article.article_id: expected_rows(i) for i in items}


def test_a_store_held_too_long_raises_store_busy_naming_the_file(store, analysed, tmp_path, holder):
    (item,) = analysed(write_articles(tmp_path / "in", range(1)))
    store.add(item)
    process = holder()
    impatient = Store(store.path, read_timeout=0.3, write_timeout=0.3)
    with pytest.raises(StoreBusy, match=f"process {process.pid}") as busy:
        impatient.tables()
    assert str(store.path) in str(busy.value)
    other = item.with_id("news-01012020-000000")
    with pytest.raises(StoreBusy, match=str(store.path)):
        impatient.add(other)
    assert process.release() == 0
    assert impatient.add(other).status == "stored"


def test_readers_hold_back_while_a_writer_is_waiting(store, analysed, tmp_path):
    (item,) = analysed(write_articles(tmp_path / "in", range(1)))
    store.add(item)
    marker = store.path.with_name(store.path.name + ".writer-waiting")
    marker.touch()  # as a writer does each time it finds the file locked
    waiting_since = marker.stat().st_mtime
    counts = store.counts()
    assert time.time() - waiting_since > WRITER_MARK_FRESH, "a reader went in while a writer was waiting"
    assert counts[schema.ARTICLES] == 1


def test_threads_of_one_process_take_turns_reading_and_writing(store, analysed, tmp_path):
    items = analysed(write_articles(tmp_path / "in", range(8)))
    errors: list[BaseException] = []
    seen: list[int] = []

    def write(part: list[Analysed]) -> None:
        try:
            for item in part:
                store.add(item)
        except BaseException as err:  # noqa: BLE001 - collected and asserted on below
            errors.append(err)

    def read() -> None:
        try:
            for _ in range(10):
                seen.append(len(store.tables()[schema.ARTICLES]))
        except BaseException as err:  # noqa: BLE001
            errors.append(err)

    threads = [threading.Thread(target=write, args=(items[i::4],)) for i in range(4)]
    threads += [threading.Thread(target=read) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(seen) == 20
    assert rows_per_article(store.tables()) == {i.article.article_id: expected_rows(i) for i in items}


def test_replacing_topics_keeps_those_of_articles_not_recomputed(store, analysed, tmp_path):
    redone, kept = analysed(write_articles(tmp_path / "in", range(2)))
    list(store.add_all([redone, kept]))
    before = store.table(schema.PARAGRAPH_TOPICS)

    def of(df: pd.DataFrame, item: Analysed) -> pd.DataFrame:
        return df[df["article_id"] == item.article.article_id].reset_index(drop=True)

    paragraphs = of(store.table(schema.PARAGRAPHS), redone).assign(topics="", topic_terms="")
    store.replace_topics(paragraphs, of(before, redone).head(1), of(store.table(schema.QUOTES), redone))
    after = store.table(schema.PARAGRAPH_TOPICS)
    pd.testing.assert_frame_equal(of(before, kept), of(after, kept))
    assert len(of(after, redone)) == 1
    assert set(of(store.table(schema.PARAGRAPHS), redone)["topics"]) == {""}
    assert store.incomplete().empty


def test_a_store_from_before_versions_missing_a_column_gains_it_when_read(store, analysed, tmp_path):
    first, second = analysed(write_articles(tmp_path / "in", range(2)))
    store.add(first)
    with store.connect() as con:  # as stores written before 31ad377 may be: without the columns later steps add
        con.execute("ALTER TABLE quotes DROP COLUMN role")
        for table, columns in schema.COLUMNS.items():
            for column in set(columns) - set(migrations.columns_at(1)[table]) | set(keys.DERIVED[table]):
                con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        con.execute(f"DROP TABLE {keys.ENTITY_NAMES}")
        con.execute("DROP TABLE store_version")
    quotes = store.table(schema.QUOTES)
    assert list(quotes.columns) == list(schema.COLUMNS[schema.QUOTES])
    assert quotes["role"].isna().all()
    assert ("quotes", "role", "VARCHAR") in raw_columns(store.path)
    assert store.schema_version() == migrations.latest()
    assert store.add(second).status == "stored"
    assert rows_per_article(store.tables())[second.article.article_id] == expected_rows(second)
    assert wrong_keys(store.path) == {}


def test_a_file_that_is_not_a_store_is_a_clear_error_and_is_left_alone(store, tmp_path, monkeypatch, capsys):
    store.path.write_text("notes from a meeting, not a database\n" * 100, encoding="utf-8")
    before = store.path.read_bytes()
    with pytest.raises(StoreError, match="not a valid DuckDB database"):
        store.tables()
    monkeypatch.setenv("DASHBOARD_STORE", str(store.path))
    (article,) = write_articles(tmp_path / "in", range(1))
    for command in (["info"], ["ingest", str(article)]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert f"store {store.path} cannot be opened" in err and "Traceback" not in err
    assert store.path.read_bytes() == before
