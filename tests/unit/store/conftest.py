"""Store test fixtures: the store written by the code of 31ad377 (copied, never opened in place), and child
processes that stop at a line they print, to be released or killed there."""

from __future__ import annotations

import gzip
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from tests.conftest import ROOT

#: The sample articles as stored by the code of commit 31ad377 (schema version 0); made by the script beside it.
OLD_STORE = ROOT / "tests" / "fixtures" / "store-31ad377.duckdb.gz"

#: A child process that holds the store open for writing until its stdin gets a line.
HOLD_FOR_WRITING = """
import sys
from dashboard.store import Store
with Store(sys.argv[1]).connect():
    print("holding", flush=True)
    sys.stdin.readline()
"""


class Child:
    """A Python process running `script` with `args`; `wait_for` reads the line it prints when it gets somewhere."""

    def __init__(self, script: str, *args: object):
        self.process = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(script), *map(str, args)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.pid = self.process.pid

    def wait_for(self, line: str) -> Child:
        got = self.process.stdout.readline().strip()
        assert got == line, f"the child printed {got!r}, not {line!r} (exit status {self.process.poll()})"
        return self

    def send(self) -> None:
        """Send the line it waits for on stdin."""
        self.process.stdin.write("\n")
        self.process.stdin.flush()

    def release(self) -> int:
        """Send the line it waits for, and its exit status once it has finished."""
        self.send()
        return self.process.wait(timeout=300)

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        assert self.process.wait(timeout=60) == -signal.SIGKILL


@pytest.fixture()
def child() -> Iterator[Callable[..., Child]]:
    """Start children with `child(script, *args)`; any still running at the end are killed."""
    started: list[Child] = []

    def start(script: str, *args: object) -> Child:
        started.append(Child(script, *args))
        return started[-1]

    yield start
    for process in started:
        if process.process.poll() is None:
            process.kill()


@pytest.fixture()
def old_store(tmp_path) -> Path:
    """A fresh copy of the 31ad377 store to open, upgrade and write."""
    path = tmp_path / "old" / "store.duckdb"
    path.parent.mkdir()
    with gzip.open(OLD_STORE) as packed, path.open("wb") as copy:
        shutil.copyfileobj(packed, copy)
    return path


def raw_tables(path: Path) -> dict[str, pd.DataFrame]:
    """Every table in the file as it is, by plain DuckDB (no migration), each sorted by all its columns."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        # the file's own tables: an app reading the file in this process shares its database, scratch attached
        own = "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() ORDER BY 1"
        names = [name for (name,) in con.execute(own).fetchall()]
        return {name: con.sql(f"SELECT * FROM {name} ORDER BY ALL").df() for name in names}
    finally:
        con.close()


def raw_columns(path: Path) -> set[tuple[str, ...]]:
    """(table, column, type) of every column in the file, and (table, "PRIMARY KEY", columns) of every key."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        columns = con.execute("SELECT table_name, column_name, data_type FROM duckdb_columns()").fetchall()
        keys = con.execute(
            "SELECT table_name, constraint_type, array_to_string(constraint_column_names, ', ') "
            "FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
        ).fetchall()
        return set(columns) | set(keys)
    finally:
        con.close()


def raw_version(path: Path) -> list[int]:
    """The versions recorded in the file, oldest first; [] for a store written before versions."""
    tables = raw_tables(path)
    return tables["store_version"]["version"].tolist() if "store_version" in tables else []
