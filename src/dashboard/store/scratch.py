"""What the filters keep, and the counts several pages read, made once for every page run on a shared store file.

Under a text filter, finding the paragraphs and quotes that hold the text reads every one of them (a second and a
half at a million articles), and every page the user opens under the same filters needs the same answer; so do the
counts that several pages read (paragraphs by month and labels, mentions per entity, quotes per speaker). A
`Scratch` keeps the results of the most recent filters in an in-memory database attached to the shared connection
of a store file, by their SELECT; each page run copies the rows it needs into a temporary table of its own (a few
milliseconds), so that a result dropped for a newer one never breaks a run that was reading it. The attached
database goes with the store file's database, so a changed store never answers from it."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence

import duckdb

#: The name of the attached database.
CATALOG = "scratch"
#: How many results are kept: those of the last three or four filters (at a million articles, a few megabytes
#: each: keys of articles, masks of paragraphs, mentions per entity, counts per month, section or speaker).
KEEP = 24


class Scratch:
    """The most recently used results of the filters, shared by every connection of one database."""

    def __init__(self, con: duckdb.DuckDBPyConnection, *, keep: int = KEEP):
        # Another reader of the same file in this process shares the database (DuckDB opens it once), and its
        # scratch: tables are named by their SELECT, so either finds what the other made.
        con.execute(f"ATTACH IF NOT EXISTS ':memory:' AS {CATALOG} (READ_WRITE)")
        self.keep = keep
        self._made: OrderedDict[str, None] = OrderedDict()  # most recently used last
        self._making: dict[str, threading.Lock] = {}  # per result: it is made once, other results at the same time
        self._lock = threading.Lock()

    def make(
        self,
        con: duckdb.DuckDBPyConnection,
        table: str,
        select: str,
        *,
        reading: Sequence[str] = (),
        prepare: Callable[[str], str] = str,
    ) -> None:
        """Make the temporary table `table` of `con` with the rows of `select`, copied from the result made before
        with the same `reading` (the SELECTs of what `select` reads on `con`: its temporary tables and views),
        else made now. `prepare` readies `select` on `con` (makes what it reads) when it must run."""
        key = "\n".join([*reading, select]).encode()
        name = f"{CATALOG}.kept_{hashlib.sha256(key).hexdigest()[:24]}"
        with self._lock:
            making = self._making.setdefault(name, threading.Lock())
        try:
            with making:
                if not _copied(con, table, name):  # not made yet, or dropped: made now, for this run and the next
                    con.execute(f"CREATE TABLE {name} AS {prepare(select)}")
                    _copied(con, table, name)
            self._used(con, name)
        except (duckdb.CatalogException, duckdb.TransactionException):
            # made or dropped at the same moment by another run: this run makes its own
            con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS {prepare(select)}")

    def _used(self, con: duckdb.DuckDBPyConnection, name: str) -> None:
        """Mark a result as the most recently used, and drop the least recently used beyond `keep`."""
        with self._lock:
            self._made[name] = None
            self._made.move_to_end(name)
            dropped = [self._made.popitem(last=False)[0] for _ in range(len(self._made) - self.keep)]
            for old in dropped:
                self._making.pop(old, None)
        for old in dropped:
            con.execute(f"DROP TABLE IF EXISTS {old}")


def _copied(con: duckdb.DuckDBPyConnection, table: str, name: str) -> bool:
    """Copy the result `name` into the temporary table `table` of `con`; False when the scratch does not hold it."""
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT * FROM {name}")
    except duckdb.CatalogException:
        return False
    return True
