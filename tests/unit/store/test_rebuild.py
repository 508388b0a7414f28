"""`python -m dashboard rebuild` on the real pipeline and the real store: every stored text analysed again and
swapped in whole, readers seeing the old store until then, articles ingested meanwhile kept, other writers and
rebuilds refused politely, and a rebuild killed at its swap leaving the old store or the new one, whole."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import duckdb
import pandas as pd
import pytest

from dashboard import schema
from dashboard.analysis import analyse
from dashboard.cli import main
from dashboard.sources import read_paths
from dashboard.store import Store, StoreBusy, migrations
from dashboard.store import rebuild as rebuilding
from dashboard.store.migrations import Rebuild
from tests.conftest import SAMPLES
from tests.integration.support import expected_rows, rows_per_article, write_articles
from tests.stores import fill, wrong_keys
from tests.unit.store.conftest import HOLD_FOR_WRITING, raw_tables, raw_version

STALE = "Stale Speaker"
#: A child that rebuilds the store and stops at a point (inside the swap's transaction, or after it) until killed.
REBUILD_AND_STOP = """
import sys
import dashboard.store.rebuild as rebuilding
from dashboard.cli import main

where = sys.argv[1]

def stopping(original):
    def run(*args):
        result = original(*args)
        print(f"stopped {where}", flush=True)
        sys.stdin.readline()
        return result
    return run

name = "_replace_tables" if where == "inside the swap" else "_swap"
setattr(rebuilding, name, stopping(getattr(rebuilding, name)))
sys.exit(main(["rebuild"]))
"""
#: A reader in another process: how many stored quotes carry the stale speaker.
COUNT_STALE = f"""
import sys
from dashboard.store import Store
quotes = Store(sys.argv[1]).table("quotes")
print(int((quotes["speaker"] == "{STALE}").sum()))
"""


def make_stale(path) -> None:
    """Make the stored analysis visibly out of date: every speaker wrong, every theme score lost."""
    with duckdb.connect(str(path)) as con:
        con.execute(f"UPDATE quotes SET speaker = '{STALE}'")
        con.execute("DELETE FROM paragraph_topics")


@pytest.fixture()
def store_env(old_store, monkeypatch):
    monkeypatch.setenv("DASHBOARD_STORE", str(old_store))
    return old_store


def scratch_of(path):
    return path.with_name(f".{path.name}.rebuild")


def test_rebuild_analyses_every_stored_text_again_and_keeps_the_texts(store_env, tmp_path, capsys, nlp, themes):
    make_stale(store_env)
    copy = shutil.copy(store_env, tmp_path / "copy.duckdb")
    before = Store(copy).tables()
    assert main(["rebuild"]) == 0
    err = capsys.readouterr().err
    assert (
        "rebuilt 10 articles from their stored texts" in err and f"(schema version 0 -> {migrations.latest()})" in err
    )
    store = Store(store_env)
    tables = store.tables()
    fresh = fill(tmp_path / "fresh.duckdb", nlp, themes).tables()  # the samples ingested by today's code
    assert f"{schema.PARAGRAPH_TOPICS:18} {0:>10} {len(fresh[schema.PARAGRAPH_TOPICS]):>10}" in err
    pd.testing.assert_frame_equal(tables[schema.ARTICLES], before[schema.ARTICLES])
    for name in (schema.PARAGRAPHS, schema.PARAGRAPH_TOPICS, schema.ENTITIES, schema.QUOTES):
        pd.testing.assert_frame_equal(tables[name], fresh[name], obj=name)
    assert STALE not in set(tables[schema.QUOTES]["speaker"])
    assert store.incomplete().empty
    assert raw_version(store_env) == list(range(1, migrations.latest() + 1))
    assert not scratch_of(store_env).exists()


def test_readers_see_the_old_store_until_the_swap_and_articles_ingested_meanwhile_are_kept(
    old_store, tmp_path, nlp, themes
):
    store = Store(old_store)
    make_stale(old_store)
    (extra,) = analyse(read_paths(write_articles(tmp_path / "in", range(1))), nlp, themes)
    meanwhile: dict[str, object] = {}

    def analyse_while_others_work(articles):
        for n, item in enumerate(analyse(articles, nlp, themes)):
            if n == 3:
                reader = [sys.executable, "-c", COUNT_STALE, str(old_store)]
                meanwhile["stale quotes read"] = int(subprocess.run(reader, capture_output=True, check=True).stdout)
                meanwhile["ingest"] = store.add(extra).status
            yield item

    done = rebuilding.rebuild(store, analyse_while_others_work)
    assert meanwhile == {"stale quotes read": 90, "ingest": "stored"}
    assert (done.articles, done.kept) == (10, 1)
    tables = store.tables()
    assert rows_per_article(tables)[extra.article.article_id] == expected_rows(extra)
    assert STALE not in set(tables[schema.QUOTES]["speaker"])
    assert len(tables[schema.ARTICLES]) == 11 and store.incomplete().empty
    assert wrong_keys(old_store) == {}  # the kept article and the rebuilt ones have keys of their own


@pytest.mark.parametrize("where", ["inside the swap", "after the swap"])
def test_a_rebuild_killed_at_its_swap_leaves_the_old_store_or_the_new_one_whole(store_env, child, where):
    Store(store_env).counts()
    make_stale(store_env)
    old = raw_tables(store_env)
    stopped = child(REBUILD_AND_STOP, where).wait_for(f"stopped {where}")
    if where == "inside the swap":
        with pytest.raises(StoreBusy):  # nobody reads the store half swapped
            Store(store_env, read_timeout=0.3).tables()
    stopped.kill()
    now = raw_tables(store_env)
    pd.testing.assert_frame_equal(now[schema.ARTICLES], old[schema.ARTICLES])
    if where == "inside the swap":
        for name, df in old.items():
            pd.testing.assert_frame_equal(now[name], df, obj=name)
    else:
        assert STALE not in set(now[schema.QUOTES]["speaker"]) and len(now[schema.PARAGRAPH_TOPICS]) > 0
        assert Store(store_env).incomplete().empty
    assert scratch_of(store_env).exists()
    assert main(["rebuild"]) == 0  # the next rebuild completes and clears what the killed one left
    assert not scratch_of(store_env).exists()
    assert STALE not in set(Store(store_env).table(schema.QUOTES)["speaker"])


def test_a_store_that_needs_a_rebuild_is_rebuilt_at_the_latest_version(store_env, monkeypatch, capsys, nlp, themes):
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, Rebuild("paragraphs are now split at line breaks")])
    old = raw_tables(store_env)
    assert main(["info"]) == 2
    assert main(["rebuild"]) == 0
    assert f"(schema version 0 -> {migrations.latest()})" in capsys.readouterr().err
    now = raw_tables(store_env)
    assert now[migrations.VERSION_TABLE][["version", "step"]].values.tolist() == [
        [migrations.latest(), "rebuilt from schema version 0"]
    ]
    old_columns = list(old[schema.ARTICLES].columns)
    pd.testing.assert_frame_equal(now[schema.ARTICLES][old_columns], old[schema.ARTICLES])
    fresh = {name: 0 for name in schema.COLUMNS}  # the sample articles the old store holds, analysed today
    for item in analyse(read_paths([SAMPLES]), nlp, themes):
        for name, rows in item.rows.items():
            fresh[name] += len(rows)
    assert {name: len(now[name]) for name in schema.COLUMNS} == fresh
    assert wrong_keys(store_env) == {}  # the rebuilt rows got the store's keys
    assert main(["info"]) == 0


def test_rebuild_refuses_politely_while_another_process_writes_or_rebuilds(store_env, child, capsys):
    before = raw_tables(store_env)
    holding = child(HOLD_FOR_WRITING, store_env).wait_for("holding")
    with pytest.raises(StoreBusy, match=f"in use by process {holding.pid}.*Nothing was rebuilt"):
        rebuilding.rebuild(Store(store_env), lambda articles: [], probe_timeout=0.3)
    assert holding.release() == 0
    with rebuilding._only_rebuild(store_env):
        assert main(["rebuild"]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert f"already being rebuilt by process {os.getpid()}" in line
    after = raw_tables(store_env)
    for name in schema.COLUMNS:  # the holder migrated the store (new columns); nothing was rebuilt
        pd.testing.assert_frame_equal(after[name][list(before[name].columns)], before[name], obj=name)


def test_rebuild_without_a_store_says_so(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DASHBOARD_STORE", str(tmp_path / "nothing.duckdb"))
    assert main(["rebuild"]) == 2
    assert "no store at" in capsys.readouterr().err
    assert not (tmp_path / "nothing.duckdb").exists()
