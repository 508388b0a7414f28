"""Schema versions on the real DuckDB store: the store the code of 31ad377 wrote opens after the upgrade (info,
export, ingest, the dashboard), a new column is one step, a store that cannot be upgraded is refused in one line,
and a migration killed inside its transaction, or raced by other readers and writers, leaves no half-way store."""

from __future__ import annotations

import csv
import shutil
import threading
from dataclasses import dataclass, field

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import schema
from dashboard.cli import main
from dashboard.store import Store, StoreBusy, StoreOutdated, keys, migrations
from dashboard.store.migrations import AddColumn, Rebuild
from tests.app.conftest import APP, PAGES
from tests.conftest import SAMPLES
from tests.integration.support import article_text, write_articles
from tests.stores import fill, wrong_keys
from tests.unit.store.conftest import HOLD_FOR_WRITING, raw_columns, raw_tables, raw_version

#: A child that migrates the store to a later version (a new column, then a step that stops inside the
#: transaction until released), then says so and holds the store until released again.
MIGRATE_AND_STOP = """
import sys
from dashboard import schema
from dashboard.store import Store, migrations

class Stop:
    description = "stop inside the migration"

    def apply(self, con):
        print("inside the migration", flush=True)
        sys.stdin.readline()

schema.COLUMNS[schema.QUOTES]["n_chars"] = "INTEGER"
migrations.STEPS += [migrations.AddColumn(schema.QUOTES, "n_chars", fill="length(quote)"), Stop()]
with Store(sys.argv[1]).connect():
    print("migrated", flush=True)
    sys.stdin.readline()
"""
N_CHARS = AddColumn(schema.QUOTES, "n_chars", fill="length(quote)")


@dataclass
class Noted:
    """A stand-in for a later step that notes every time it is applied."""

    applied: list = field(default_factory=list)
    description: str = "stop inside the migration"

    def apply(self, con: duckdb.DuckDBPyConnection) -> None:
        self.applied.append(con)


@pytest.fixture()
def with_n_chars(monkeypatch):
    """The schema and steps as an engineer adding a column `quotes.n_chars` would leave them."""
    monkeypatch.setitem(schema.COLUMNS, schema.QUOTES, {**schema.COLUMNS[schema.QUOTES], "n_chars": "INTEGER"})
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, N_CHARS])


def every_version() -> list[int]:
    """The versions a store migrated from 31ad377 records: one per step, in order."""
    return list(range(1, migrations.latest() + 1))


def printed_counts(out: str) -> dict[str, int]:
    """The rows per table that `info` printed."""
    return {line.split()[0]: int(line.split()[1]) for line in out.splitlines() if line.split()[0] in schema.COLUMNS}


def test_info_migrates_the_31ad377_store_in_place_and_keeps_every_row(old_store, monkeypatch, capsys):
    before = raw_tables(old_store)
    assert migrations.VERSION_TABLE not in before and len(before[schema.ARTICLES]) == 10
    monkeypatch.setenv("DASHBOARD_STORE", str(old_store))
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    assert f"(schema version {migrations.latest()})" in out
    assert printed_counts(out) == {name: len(before[name]) for name in schema.COLUMNS}
    after = raw_tables(old_store)
    assert after.pop(migrations.VERSION_TABLE)["version"].tolist() == every_version()
    names = after.pop(keys.ENTITY_NAMES)
    assert after.keys() == before.keys()
    for name, df in before.items():
        pd.testing.assert_frame_equal(after[name][list(df.columns)], df, obj=name)
    assert sorted(names["canonical"]) == sorted(before[schema.ENTITIES]["canonical"].dropna().unique())
    assert wrong_keys(old_store) == {}


def test_export_writes_the_rows_of_the_31ad377_store(old_store, monkeypatch, tmp_path):
    stored = raw_tables(old_store)
    monkeypatch.setenv("DASHBOARD_STORE", str(old_store))
    assert main(["export", "--out", str(tmp_path / "out")]) == 0
    for table in schema.TABLES:
        with (tmp_path / "out" / f"{table}.csv").open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert sorted(r["article_id"] for r in rows) == sorted(stored[table]["article_id"]), table


def test_one_more_article_is_ingested_into_the_31ad377_store_and_the_samples_are_known(
    old_store, monkeypatch, tmp_path, capsys
):
    monkeypatch.setenv("DASHBOARD_STORE", str(old_store))
    (path,) = write_articles(tmp_path / "in", range(1))
    assert main(["ingest", str(path)]) == 0
    assert "stored 1, renamed 0, unchanged 0, failed 0" in capsys.readouterr().err
    store = Store(old_store)
    tables = store.tables()
    assert article_text(0)[0] in set(tables[schema.ARTICLES]["article_id"])
    assert len(tables[schema.ARTICLES]) == 11 and store.incomplete().empty
    assert main(["ingest", str(SAMPLES)]) == 0  # the texts 31ad377 stored are recognised as stored
    assert "stored 0, renamed 0, unchanged 10, failed 0" in capsys.readouterr().err


def test_the_dashboard_opens_the_31ad377_store_on_every_page(old_store, monkeypatch):
    monkeypatch.setenv("DASHBOARD_STORE", str(old_store))
    for page, title in PAGES.items():
        at = AppTest.from_file(APP, default_timeout=120)
        at.run()
        at.switch_page(page).run()
        assert not at.exception, [e.value for e in at.exception]
        assert not at.error, [e.value for e in at.error]
        assert at.title[0].value == title
        assert "No articles yet" not in [s.value for s in at.subheader]
    assert raw_version(old_store) == every_version()


def test_every_schema_column_is_in_the_31ad377_store_or_added_by_a_step(old_store, tmp_path):
    found = raw_columns(old_store)
    missing = [
        f"AddColumn({table!r}, {column!r})"
        for table, columns in migrations.columns_at(1).items()
        for column, kind in columns.items()
        if (table, column, kind) not in found
    ]
    assert not missing, f"schema.py has columns no migration adds: append {', '.join(missing)} to migrations.STEPS"
    Store(old_store).counts()
    with Store(tmp_path / "new.duckdb").connect():
        pass
    assert raw_columns(old_store) == raw_columns(tmp_path / "new.duckdb")


def test_a_new_column_is_one_step_that_stores_of_any_older_version_gain(old_store, tmp_path, with_n_chars, nlp, themes):
    at_one = tmp_path / "at-one.duckdb"
    shutil.copy(old_store, at_one)
    with duckdb.connect(str(at_one)) as con:  # as the code before the step left it: version 1
        migrations.Adopt().apply(con)
        migrations.record(con, 1, "adopt")
    for path in (old_store, at_one):
        quotes = Store(path).table(schema.QUOTES)
        assert len(quotes) == 90 and (quotes["n_chars"] == quotes["quote"].str.len()).all()
        assert raw_version(path)[-1] == migrations.latest()
    with Store(tmp_path / "new.duckdb").connect():
        pass
    assert raw_columns(old_store) == raw_columns(tmp_path / "new.duckdb")
    (item,) = write_articles(tmp_path / "in", range(1))
    tables = fill(old_store, nlp, themes, paths=[item]).tables()  # analysis knows nothing of the new column yet
    assert tables[schema.QUOTES]["n_chars"].isna().sum() == len(tables[schema.QUOTES]) - 90 > 0


def test_a_store_that_needs_a_rebuild_is_refused_in_one_line_and_left_alone(old_store, monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, Rebuild("paragraphs are now split at line breaks")])
    monkeypatch.setenv("DASHBOARD_STORE", str(old_store))
    before = old_store.read_bytes()
    (path,) = write_articles(tmp_path / "in", range(1))
    for command in (["info"], ["ingest", str(path)], ["export", "--out", str(tmp_path / "out")]):
        assert main(command) != 0
        (line,) = capsys.readouterr().err.strip().splitlines()
        assert "split at line breaks" in line and "run `python -m dashboard rebuild`" in line, line
    with pytest.raises(StoreOutdated), Store(old_store).connect():
        pass
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    assert any("python -m dashboard rebuild" in e.value for e in at.error), [e.value for e in at.error]
    assert old_store.read_bytes() == before


def test_a_store_written_by_a_newer_version_is_refused_in_one_line(old_store, monkeypatch, capsys):
    Store(old_store).counts()
    with duckdb.connect(str(old_store)) as con:
        migrations.record(con, migrations.latest() + 1, "a step this code does not know")
    before = old_store.read_bytes()
    monkeypatch.setenv("DASHBOARD_STORE", str(old_store))
    for command in (["info"], ["rebuild"]):
        assert main(command) == 2
        (line,) = capsys.readouterr().err.strip().splitlines()
        assert "written by a newer version" in line and "Traceback" not in line
    assert old_store.read_bytes() == before


def test_a_migration_killed_inside_its_transaction_leaves_the_store_as_it_was(old_store, child):
    before = raw_tables(old_store)
    child(MIGRATE_AND_STOP, old_store).wait_for("inside the migration").kill()
    after = raw_tables(old_store)
    assert after.keys() == before.keys()
    for name, df in before.items():
        pd.testing.assert_frame_equal(after[name], df, obj=name)
    assert Store(old_store).schema_version() == migrations.latest()


def test_a_migration_killed_after_its_commit_leaves_the_store_migrated(old_store, child):
    before = raw_tables(old_store)
    child(HOLD_FOR_WRITING, old_store).wait_for("holding").kill()
    after = raw_tables(old_store)
    assert after.pop(migrations.VERSION_TABLE)["version"].tolist() == every_version()
    for name, df in before.items():
        pd.testing.assert_frame_equal(after[name][list(df.columns)], df, obj=name)


def test_nobody_reads_writes_or_migrates_while_another_process_migrates(old_store, child, with_n_chars, monkeypatch):
    stopped = child(MIGRATE_AND_STOP, old_store).wait_for("inside the migration")
    impatient = Store(old_store, read_timeout=0.3, write_timeout=0.3)
    with pytest.raises(StoreBusy, match=f"process {stopped.pid}"):
        impatient.tables()
    with pytest.raises(StoreBusy, match=f"process {stopped.pid}"), impatient.connect():
        pass
    noted = Noted()
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, noted])  # the same steps as the child's
    stopped.send()
    stopped.wait_for("migrated")
    assert stopped.release() == 0
    quotes = Store(old_store).table(schema.QUOTES)
    assert noted.applied == [], "a step the other process applied was applied again"
    assert raw_version(old_store) == every_version()
    assert (quotes["n_chars"] == quotes["quote"].str.len()).all()


def test_threads_reading_an_old_store_at_once_migrate_it_once(old_store, monkeypatch):
    noted = Noted()
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, noted])
    seen: list[int] = []
    threads = [
        threading.Thread(target=lambda: seen.append(len(Store(old_store).table(schema.ARTICLES)))) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == [10] * 4
    assert len(noted.applied) == 1 and raw_version(old_store) == every_version()


def test_a_keyed_store_without_first_mentions_gains_them_marked_right(old_store):
    """A store keyed by an earlier upgrade (so `Derive` does not run again) has its entity rows' first mentions
    computed by their own step."""
    Store(old_store).counts()
    marking = next(i for i, step in enumerate(migrations.STEPS, 1) if isinstance(step, migrations.MarkFirstMentions))
    with duckdb.connect(str(old_store)) as con:  # as the code before that step left it
        for column in ("first_in_paragraph", "first_in_article"):
            con.execute(f"ALTER TABLE {schema.ENTITIES} DROP COLUMN {column}")
        for step in migrations.STEPS[marking:]:  # and without the columns later steps add
            if isinstance(step, AddColumn):
                con.execute(f"ALTER TABLE {step.table} DROP COLUMN {step.column}")
        con.execute(f"DELETE FROM {migrations.VERSION_TABLE} WHERE version >= {marking}")
    Store(old_store).counts()
    assert raw_version(old_store)[-1] == migrations.latest()
    assert wrong_keys(old_store) == {}


def test_quotes_stored_before_spanning_quotes_end_in_their_own_paragraph(old_store):
    quotes = Store(old_store).table(schema.QUOTES)
    assert len(quotes) == 90 and (quotes["last_paragraph"] == quotes["paragraph"]).all()
    assert any("last_paragraph" in what for _, what in _steps_recorded(old_store))


def _steps_recorded(path) -> list[tuple[int, str]]:
    """(version, description) of each step the store records."""
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(f"SELECT version, step FROM {migrations.VERSION_TABLE} ORDER BY 1").fetchall()
