"""Opening the store file for one unit of work, sharing it with other processes, and transactions.

Sharing the file (measured with DuckDB 2.0.1; `benchmarks/store_writes.py`):
- DuckDB locks the file per process. A process open for writing excludes every other process, readers
  included: their connect fails at once with `duckdb.IOException` "Could not set lock on file ...
  Conflicting lock is held in ... (PID n)". Read-only processes share the file, but they exclude a writer
  in the same way. Inside one process, a read-only and a read-write connection to one file cannot coexist
  (`duckdb.ConnectionException` "different configuration"), and two read-write connections share one
  database whose concurrent transactions can conflict.
- So nobody keeps the file open. Every unit of work connects, works and closes: a writer holds the file
  for one batch of already analysed articles (milliseconds; the slow analysis runs with the file closed),
  a reader for one consistent read of every table. The dashboard and `python -m dashboard ingest` take
  turns on the same file and never see each other's half-written state.
- A connect that meets a lock waits and retries with growing pauses: readers up to `read_timeout`
  (default 10 s), writers up to `write_timeout` (default 120 s). Then it raises `StoreBusy`, naming the
  file; a page keeps showing what it read last, the command line prints the message and exits non-zero.
  Within one process a lock per file serialises connections (the Streamlit server's threads).
- Readers share the file, so back-to-back reads could keep a writer out for seconds. A waiting writer
  refreshes a marker file (`<store>.writer-waiting`), and new readers hold back while it is fresh: with a
  reader looping without pause, a writer's longest wait for a batch fell from 1-4 s to about 0.5 s.
- Crash safety: a transaction is in DuckDB's write-ahead log once committed and absent if the process
  dies first; the next connect, read-only too, replays the log. A new store file is built under a
  temporary name and linked into place, so a kill while creating it never leaves a broken file.
"""

from __future__ import annotations

import random
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import duckdb

#: Seconds a waiting writer's marker holds new readers back (writers refresh it on every retry).
WRITER_MARK_FRESH = 0.5
_LOCK_MESSAGES = ("Could not set lock", "different configuration")
_process_locks: dict[str, threading.RLock] = {}
_process_locks_guard = threading.Lock()


class StoreError(Exception):
    """The store file cannot be used; the message names the file and the reason."""


class StoreBusy(StoreError):
    """The store file stayed in use by another writer (or reader) for longer than we were willing to wait."""


def process_lock(path: Path) -> threading.RLock:
    key = str(path.resolve())
    with _process_locks_guard:
        return _process_locks.setdefault(key, threading.RLock())


def open_file(path: Path, *, read_only: bool, deadline: float, timeout: float) -> duckdb.DuckDBPyConnection:
    """Connect, waiting with growing pauses while another process holds the file. A waiting writer says so in
    a marker file, and new readers hold back while it is fresh, so a stream of reads cannot starve a writer."""
    pause, marker = 0.01, writer_marker(path)
    if read_only:
        _hold_back_for_writer(marker, deadline)
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            if not read_only:
                marker.unlink(missing_ok=True)
            return con
        except duckdb.Error as err:
            if not read_only:
                with suppress(OSError):
                    marker.touch()
            if not any(message in str(err) for message in _LOCK_MESSAGES):
                reason = str(err).splitlines()[0].removeprefix("IO Error: ")
                raise StoreError(f"store {path} cannot be opened: {reason}") from err
            left = deadline - time.monotonic()
            if left <= 0:
                pid = re.search(r"\(PID (\d+)\)", str(err))
                holder = f"process {pid.group(1)}" if pid else "another connection"
                raise StoreBusy(
                    f"store {path} is in use by {holder}; gave up after waiting {timeout:g} s. "
                    "Try again when it has finished."
                ) from err
            time.sleep(min(left, random.uniform(pause / 2, pause)))
            pause = min(pause * 2, 0.25)


def writer_marker(path: Path) -> Path:
    """The file a waiting writer refreshes while it waits for the store."""
    return path.with_name(path.name + ".writer-waiting")


def writer_waiting(marker: Path) -> bool:
    """Whether a writer is waiting for the store now (its marker is fresh)."""
    try:
        return time.time() - marker.stat().st_mtime <= WRITER_MARK_FRESH
    except OSError:
        return False


def _hold_back_for_writer(marker: Path, deadline: float) -> None:
    while time.monotonic() < deadline and writer_waiting(marker):
        time.sleep(0.02)


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    con.begin()
    try:
        yield
    except BaseException:
        with suppress(duckdb.Error):
            con.rollback()
        raise
    con.commit()
