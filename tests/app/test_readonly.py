"""The dashboard with DASHBOARD_READONLY=1, as colleagues browse it on a shared server: every page but Add articles,
no upload taken, and the store never written, not even to upgrade it: the page says in one line what to run."""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.store.migrations import latest
from tests.app.conftest import PAGES
from tests.app.test_pages import _table
from tests.conftest import ROOT
from tests.unit.store.conftest import OLD_STORE, Child, raw_version

SHOWN = {page: title for page, title in PAGES.items() if page != "pages/add_articles.py"}


@pytest.fixture(autouse=True)
def readonly(monkeypatch) -> None:
    monkeypatch.setenv("DASHBOARD_READONLY", "1")


def _files(folder: Path) -> dict[str, str]:
    """Every file in the folder with a hash of its bytes: what a writer would change or leave behind."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def _no_errors(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


@pytest.mark.parametrize("page", SHOWN)
def test_every_page_but_add_articles_runs_and_the_store_stays_byte_for_byte(open_app, sample_store_path, page):
    before = _files(sample_store_path.parent)
    at = open_app(sample_store_path, page)
    _no_errors(at)
    assert at.title[0].value == SHOWN[page]
    assert at.get("plotly_chart") or at.dataframe
    assert not at.get("file_uploader")
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("pages/add_articles.py")
    assert _files(sample_store_path.parent) == before


def test_a_link_straight_to_add_articles_opens_the_overview_without_an_uploader(sample_store_path, monkeypatch):
    """What a fresh server does with /add_articles as its first request: Streamlit runs the page file alone."""
    monkeypatch.setenv("DASHBOARD_STORE", str(sample_store_path))
    at = AppTest.from_file(str(ROOT / "pages" / "add_articles.py"), default_timeout=120)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert [t.value for t in at.title] == ["Overview"]
    assert not at.get("file_uploader")


def test_the_empty_store_says_how_to_add_articles_from_the_command_line_only(open_app, tmp_path):
    at = open_app(tmp_path / "nothing-yet.duckdb")
    _no_errors(at)
    assert "No articles yet" in [s.value for s in at.subheader]
    text = " ".join(m.value for m in at.markdown)
    assert "read-only" in text and "python -m dashboard ingest" in text
    assert "Add articles" not in text and "Upload" not in text
    assert not at.get("page_link")
    assert not list(tmp_path.iterdir()), "a read-only dashboard created a store"


def test_an_older_store_is_not_upgraded_and_the_page_says_what_to_run(open_app, tmp_path):
    path = tmp_path / "old" / "store.duckdb"
    path.parent.mkdir()
    with gzip.open(OLD_STORE) as packed, path.open("wb") as copy:
        shutil.copyfileobj(packed, copy)
    before = _files(path.parent)
    at = open_app(path)
    assert not at.exception, [e.value for e in at.exception]
    (message,) = [e.value for e in at.error]
    assert "\n" not in message and "`python -m dashboard info`" in message and "schema version 0" in message
    assert _files(path.parent) == before and raw_version(path) == []

    done = subprocess.run(
        [sys.executable, "-m", "dashboard", "info"],
        env={**os.environ, "DASHBOARD_STORE": str(path)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert f"(schema version {latest()})" in done.stdout and raw_version(path)[-1] == latest()
    _no_errors(open_app(path))


#: A writer that commits a change and is killed before DuckDB folds its log into the file.
EDIT_AND_HOLD = """
import sys
from dashboard.store import Store
with Store(sys.argv[1]).connect() as con:
    first = "(SELECT min(article_id) FROM articles)"
    con.execute(f"UPDATE articles SET title = 'Edited before the crash' WHERE article_id = {first}")
    print("committed", flush=True)
    sys.stdin.readline()
"""


def test_a_store_with_the_log_of_a_killed_writer_is_read_and_left_as_it_is(open_app, sample_store_path, tmp_path):
    path = tmp_path / "crashed.duckdb"
    shutil.copyfile(sample_store_path, path)
    writer = Child(EDIT_AND_HOLD, path).wait_for("committed")
    writer.kill()
    before = _files(tmp_path)
    assert "crashed.duckdb.wal" in before
    at = open_app(path, "pages/articles.py")
    _no_errors(at)
    assert "Edited before the crash" in set(_table(at, "articles_table")["title"])
    assert _files(tmp_path) == before


def test_a_setting_that_is_neither_on_nor_off_is_said_in_one_line(open_app, sample_store_path, monkeypatch):
    monkeypatch.setenv("DASHBOARD_READONLY", "maybe")
    at = open_app(sample_store_path)
    assert not at.exception, [e.value for e in at.exception]
    assert [e.value for e in at.error] == ["setting DASHBOARD_READONLY='maybe' is neither 1 (on) nor 0 (off)"]
