"""Crash safety: a writer killed with SIGKILL at random moments leaves a store that opens and holds only whole
articles, and running the same ingest again completes it.

The writers killed here never end on their own (an ingest reading an endless stream on its standard input, a
loop storing copies without end), so every kill lands while they work, however fast or busy the machine: the
moments of the kills are random (the seed is printed with any failure), their number is not.
"""

from __future__ import annotations

import io
import os
import pickle
import random
import signal
import subprocess
import sys
import threading
import time
from contextlib import suppress
from itertools import count

import pytest

from dashboard import schema
from dashboard.analysis import analyse
from dashboard.sources import read_paths, read_stream
from dashboard.store import Store, StoreBusy
from tests.integration.support import article_line, expected_rows, rows_per_article, write_articles

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

KILLS = 5
BATCH = 4

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


class EndlessFeed(threading.Thread):
    """Writes the invented articles 0, 1, 2, ... as JSON Lines into a process's standard input, without end,
    until the pipe breaks because the process died; `written` counts the whole lines sent."""

    def __init__(self, process: subprocess.Popen):
        super().__init__(daemon=True)
        self.pipe = process.stdin
        self.written = 0
        if sys.platform == "linux":
            import fcntl

            with suppress(OSError):  # a small pipe keeps the backlog of unread articles short
                fcntl.fcntl(self.pipe.fileno(), fcntl.F_SETPIPE_SZ, 4096)

    def run(self) -> None:
        with suppress(OSError, ValueError):
            for n in count():
                self.pipe.write(article_line(n).encode())
                self.pipe.flush()
                self.written = n + 1

    def stop(self) -> None:
        self.join(timeout=60)
        with suppress(OSError):
            self.pipe.close()


class Expected:
    """The rows each invented article must have once stored, analysed in this process as they are needed."""

    def __init__(self, nlp, themes):
        self.nlp, self.themes = nlp, themes
        self.rows: dict[str, dict[str, int]] = {}
        self.analysed = 0

    def up_to(self, n: int) -> dict[str, dict[str, int]]:
        """Expected rows of articles 0 .. n-1."""
        if n > self.analysed:
            lines = io.BytesIO(b"".join(article_line(k).encode() for k in range(self.analysed, n)))
            for item in analyse(read_stream(lines), self.nlp, self.themes):
                self.rows[item.article.article_id] = expected_rows(item)
            self.analysed = n
        return self.rows


def assert_whole(store: Store, expected: dict[str, dict[str, int]], note: str) -> int:
    """The store opens, every article in it has exactly its rows, and the manifest agrees; returns the count."""
    found = rows_per_article(store.tables())
    assert store.incomplete().empty, note
    for article_id, rows in found.items():
        base = article_id.split("@")[0]
        assert rows == expected[base], f"{note}: {article_id} is incomplete"
    assert store.counts()[schema.ARTICLES] == len(found), note
    return len(found)


def wait_until_stored(store: Store, process: subprocess.Popen, articles: int, note: str) -> None:
    """Until the store holds `articles` articles (reading as the dashboard would); the writer must stay alive."""
    deadline = time.monotonic() + 300
    while True:
        assert process.poll() is None, f"{note}: the writer ended on its own (exit {process.returncode})"
        assert time.monotonic() < deadline, f"{note}: the store never reached {articles} articles"
        with suppress(StoreBusy):
            if store.counts()[schema.ARTICLES] >= articles:
                return
        time.sleep(0.05)


def kill(process: subprocess.Popen, note: str) -> None:
    assert process.poll() is None, f"{note}: the writer ended on its own (exit {process.returncode})"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)


def test_ingest_killed_at_random_moments_leaves_whole_articles_and_a_rerun_completes(tmp_path, nlp, themes):
    store = Store(tmp_path / "store.duckdb")
    env = {**os.environ, "DASHBOARD_STORE": str(store.path), "DASHBOARD_BATCH_ARTICLES": str(BATCH)}
    command = [sys.executable, "-m", "dashboard", "ingest", "-"]
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    expected = Expected(nlp, themes)
    stored, fed = 0, 0
    for attempt in range(KILLS):
        note = f"kill {attempt + 1} of {KILLS} (random seed {seed})"
        process = subprocess.Popen(
            command, env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        feed = EndlessFeed(process)
        feed.start()
        if attempt == 0:
            time.sleep(rng.uniform(0.0, 2.0))  # anywhere in start-up, store creation or the first batches
        else:
            # The k-th new batch is committed; the kill then falls anywhere in the batches after it.
            wait_until_stored(store, process, stored + BATCH * rng.randint(1, 3), note)
            time.sleep(rng.uniform(0.0, 0.3))
        kill(process, note)
        feed.stop()
        fed = max(fed, feed.written)
        now = assert_whole(store, expected.up_to(fed), note)
        assert now >= stored, note
        stored = now
    assert stored > 0
    everything = b"".join(article_line(n).encode() for n in range(fed))
    rerun = subprocess.run(command, env=env, input=everything, capture_output=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert f"stored {fed - stored}, renamed 0, unchanged {stored}, failed 0" in rerun.stderr.decode()
    assert rows_per_article(store.tables()) == expected.up_to(fed)
    assert store.incomplete().empty


@pytest.fixture()
def corpus(tmp_path, nlp, themes):
    folder = tmp_path / "articles"
    write_articles(folder, range(6))
    items = list(analyse(read_paths([folder]), nlp, themes))
    return items, {item.article.article_id: expected_rows(item) for item in items}


def test_a_writer_killed_while_writing_leaves_whole_articles(corpus, tmp_path):
    items, expected = corpus
    batch_file = tmp_path / "items.pickle"
    batch_file.write_bytes(pickle.dumps(items))
    store = Store(tmp_path / "store.duckdb")
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    stored = 0
    for attempt in range(KILLS):
        note = f"kill {attempt + 1} of {KILLS} (random seed {seed})"
        process = subprocess.Popen(
            [sys.executable, "-c", ENDLESS_WRITER, str(store.path), str(batch_file)], stdout=subprocess.PIPE, text=True
        )
        assert process.stdout.readline().strip() == "ready"
        if attempt:  # after the first kill (anywhere), wait for the k-th new batch, then kill in a later one
            wait_until_stored(store, process, stored + 3 * rng.randint(1, 3), note)
        time.sleep(rng.uniform(0.0, 0.5))
        kill(process, note)
        process.stdout.close()
        now = assert_whole(store, expected, note)
        assert now >= stored, note
        stored = now
    assert stored > 0
    assert Store(store.path).add(items[0].with_id("after-the-crashes")).status == "stored"
    assert_whole(store, expected | {"after-the-crashes": expected_rows(items[0])}, "after a clean write")
