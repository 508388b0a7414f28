"""Crash safety: a writer killed with SIGKILL at random moments leaves a store that opens and holds only whole
articles, and running the same ingest again completes it."""

from __future__ import annotations

import os
import pickle
import random
import signal
import subprocess
import sys
import time

import pytest

from dashboard import schema
from dashboard.pipeline import analyse
from dashboard.sources import read_paths
from dashboard.store import Store, StoreBusy
from tests.integration.support import expected_rows, rows_per_article, write_articles

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

KILLS = 5
ARTICLES = 40

#: A child that stores copies of the given analysed articles under new ids, batch after batch, until killed.
ENDLESS_WRITER = """
import os, pickle, sys
from itertools import count
from dashboard.store import Store
store, items = Store(sys.argv[1]), pickle.loads(open(sys.argv[2], "rb").read())
print("ready", flush=True)
for round in count():
    copies = [item.with_id(f"{item.article.article_id}@{os.getpid()}-{round}") for item in items]
    for result in store.add_all(copies, batch_articles=3):
        assert result.status == "stored", result
"""


def assert_whole(store: Store, expected: dict[str, dict[str, int]], note: str) -> int:
    """The store opens, every article in it has exactly its rows, and the manifest agrees; returns the count."""
    found = rows_per_article(store.tables())
    assert store.incomplete().empty, note
    for article_id, rows in found.items():
        base = article_id.split("@")[0]
        assert rows == expected[base], f"{note}: {article_id} is incomplete"
    assert store.counts()[schema.ARTICLES] == len(found), note
    return len(found)


def wait_for_growth(store: Store, process: subprocess.Popen, above: int) -> None:
    """Until the store holds more than `above` articles or the process ends (reading as the dashboard would)."""
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        try:
            if store.counts()[schema.ARTICLES] > above:
                return
        except StoreBusy:
            pass
        time.sleep(0.05)


@pytest.fixture()
def corpus(tmp_path, nlp, themes):
    folder = tmp_path / "articles"
    write_articles(folder, range(ARTICLES))
    expected = {a.article.article_id: expected_rows(a) for a in analyse(read_paths([folder]), nlp, themes)}
    return folder, expected


def test_ingest_killed_at_random_moments_leaves_whole_articles_and_a_rerun_completes(corpus, tmp_path):
    folder, expected = corpus
    store = Store(tmp_path / "store.duckdb")
    env = {**os.environ, "DASHBOARD_STORE": str(store.path), "DASHBOARD_BATCH_ARTICLES": "4"}
    command = [sys.executable, "-m", "dashboard", "ingest", str(folder)]
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    stored, kills = 0, 0
    for attempt in range(KILLS):
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if attempt == 0:
            time.sleep(rng.uniform(0.0, 2.0))  # anywhere in start-up, store creation or the first batch
        else:
            wait_for_growth(store, process, stored)
            time.sleep(rng.uniform(0.0, 0.4))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait(timeout=60)
        note = f"after kill {attempt + 1} (random seed {seed})"
        now = assert_whole(store, expected, note)
        assert now >= stored, note
        stored = now
    assert kills >= 3, f"the ingest finished before it could be killed (random seed {seed})"
    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"stored {ARTICLES - stored}, renamed 0, unchanged {stored}, failed 0" in rerun.stderr
    assert rows_per_article(store.tables()) == expected
    assert store.incomplete().empty


def test_a_writer_killed_while_writing_leaves_whole_articles(corpus, tmp_path, nlp, themes):
    folder, expected = corpus
    items = list(analyse(read_paths(sorted(folder.iterdir())[:6]), nlp, themes))
    batch_file = tmp_path / "items.pickle"
    batch_file.write_bytes(pickle.dumps(items))
    store = Store(tmp_path / "store.duckdb")
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    stored = 0
    for attempt in range(KILLS):
        process = subprocess.Popen([sys.executable, "-c", ENDLESS_WRITER, str(store.path), str(batch_file)],
                                   stdout=subprocess.PIPE, text=True)
        assert process.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 1.5))
        assert process.poll() is None, "the writer stopped on its own"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        process.stdout.close()
        now = assert_whole(store, expected, f"after kill {attempt + 1} (random seed {seed})")
        assert now >= stored
        stored = now
    assert stored > 0
    assert Store(store.path).add(items[0].with_id("after-the-crashes")).status == "stored"
    assert_whole(store, expected | {"after-the-crashes": expected_rows(items[0])}, "after a clean write")
