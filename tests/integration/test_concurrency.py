"""Reading while writing: the dashboard's reads (whole tables, and its shared read-only file) and the upload
page's writes go on while a real second process runs `python -m dashboard ingest` on the same store, and two
ingest processes wait for each other."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time

import pytest

from dashboard import schema
from dashboard.analysis import analyse
from dashboard.sources import read_paths, read_stream
from dashboard.store import Store, StoreBusy
from dashboard.store.filters import Filters
from dashboard.store.reader import Reader
from tests.integration.support import article_line, expected_rows, rows_per_article, write_articles

ARTICLES = 40


@pytest.fixture()
def store(tmp_path) -> Store:
    return Store(tmp_path / "store.duckdb")


def ingest(store: Store, *paths, batch: int = 4, stdin: int | None = None) -> subprocess.Popen:
    env = {**os.environ, "DASHBOARD_STORE": str(store.path), "DASHBOARD_BATCH_ARTICLES": str(batch)}
    return subprocess.Popen(
        [sys.executable, "-m", "dashboard", "ingest", *map(str, paths)],
        env=env,
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def expected_of(folder, nlp, themes) -> dict[str, dict[str, int]]:
    return {a.article.article_id: expected_rows(a) for a in analyse(read_paths([folder]), nlp, themes)}


def test_reads_and_uploads_go_on_while_another_process_ingests(store, tmp_path, nlp, themes):
    upload_folder = tmp_path / "uploads"
    write_articles(upload_folder, range(100, 110))
    lines = [article_line(n).encode() for n in range(ARTICLES)]
    expected = {
        a.article.article_id: expected_rows(a) for a in analyse(read_stream(io.BytesIO(b"".join(lines))), nlp, themes)
    }
    cli_ids = set(expected)
    uploads = list(analyse(read_paths([upload_folder]), nlp, themes))
    expected |= {a.article.article_id: expected_rows(a) for a in uploads}

    # The ingest reads its articles from a pipe: it gets the first half, and the rest only once a read has
    # seen it half-way, so the reads are sure to meet it at work whatever the speed of the machine.
    process = ingest(store, "-", stdin=subprocess.PIPE)
    process.stdin.write(b"".join(lines[: ARTICLES // 2]))
    process.stdin.flush()
    reads, busy, seen, last = 0, 0, set(), 0
    while process.poll() is None or uploads:
        if uploads and reads % 3 == 0:
            assert store.add(uploads.pop()).status == "stored"
        try:
            tables = store.tables()
        except StoreBusy:
            busy += 1
            continue
        reads += 1
        found = rows_per_article(tables)
        for article_id, rows in found.items():
            assert rows == expected[article_id], f"read {reads}: {article_id} is incomplete"
        assert len(found) >= last, f"read {reads}: the article count went down"
        last = len(found)
        if process.poll() is None:
            seen.add(len(cli_ids & set(found)))
        if not process.stdin.closed and any(0 < n < ARTICLES for n in seen):
            process.stdin.write(b"".join(lines[ARTICLES // 2 :]))
            process.stdin.close()
        time.sleep(0.02)  # a busy dashboard, not a loop that never lets the writer in
    err = process.stderr.read().decode()  # it has ended (the loop ran until it did) and wrote little
    assert process.returncode == 0, err
    assert f"stored {ARTICLES}, renamed 0, unchanged 0, failed 0" in err
    assert rows_per_article(store.tables()) == expected
    assert store.incomplete().empty
    assert {n for n in seen if 0 < n < ARTICLES}, f"no read saw the ingest half-way ({reads} reads, {busy} busy)"


def test_two_ingest_processes_wait_for_each_other(store, tmp_path, nlp, themes):
    first, second = tmp_path / "first", tmp_path / "second"
    write_articles(first, range(0, 16))
    write_articles(second, range(10, 26))
    expected = expected_of(first, nlp, themes) | expected_of(second, nlp, themes)
    processes = [ingest(store, first, batch=3), ingest(store, second, batch=3)]
    summaries = []
    for process in processes:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        summaries.append(err.decode())
    assert rows_per_article(store.tables()) == expected
    assert store.incomplete().empty
    assert store.counts()[schema.ARTICLES] == 26
    stored = [int(s.split("stored ")[1].split(",")[0]) for s in summaries]
    unchanged = [int(s.split("unchanged ")[1].split(",")[0]) for s in summaries]
    assert sum(stored) == 26 and sum(unchanged) == 6


def test_the_dashboards_shared_read_only_file_lets_ingests_and_uploads_in(store, tmp_path, nlp, themes):
    """The dashboard keeps the store open between page runs (`Reader`); a writer waiting in another process or in
    this one (an upload) still gets its turn, and every read sees whole articles only."""
    upload_folder = tmp_path / "uploads"
    write_articles(upload_folder, range(200, 206))
    lines = [article_line(n).encode() for n in range(ARTICLES)]
    expected = {
        a.article.article_id: expected_rows(a) for a in analyse(read_stream(io.BytesIO(b"".join(lines))), nlp, themes)
    }
    uploads = list(analyse(read_paths([upload_folder]), nlp, themes))
    expected |= {a.article.article_id: expected_rows(a) for a in uploads}
    store.add(uploads.pop())  # the file exists before the dashboard first reads it
    reader = Reader.at(store.path)
    process = ingest(store, "-", stdin=subprocess.PIPE)
    process.stdin.write(b"".join(lines))
    process.stdin.close()
    reads, last = 0, 0
    while process.poll() is None or uploads:
        if uploads and reads % 3 == 0:
            assert store.add(uploads.pop()).status == "stored"  # this process writes while its reader is open
        try:
            found = rows_per_article(reader.filtered_tables(Filters()))
        except StoreBusy:
            continue
        reads += 1
        for article_id, rows in found.items():
            assert rows == expected[article_id], f"read {reads}: {article_id} is incomplete"
        assert len(found) >= last, f"read {reads}: the article count went down"
        last = len(found)
        time.sleep(0.02)
    err = process.stderr.read().decode()
    assert process.returncode == 0, err
    assert f"stored {ARTICLES}, renamed 0, unchanged 0, failed 0" in err
    assert rows_per_article(reader.filtered_tables(Filters())) == expected
