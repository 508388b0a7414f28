"""The store's schema version, and the steps that bring an older store file up to the current one.

A store records its version in `store_version`, one row per step applied (number, what, when); the highest
number is its version. A file without that table is version 0: written before versions existed, as the code of
commit 31ad377 wrote it (`tests/fixtures/` keeps such a store). A new store starts at the latest version.

Opening an older store migrates it in place: a write connection runs the steps the file lacks in one
transaction, after reading the version under DuckDB's write lock, which excludes every other process (readers
too), so two processes never both migrate and a kill leaves the store before the transaction or after it, never
between. A reader (the dashboard) that meets an older store upgrades it through a short write connection first
(`Store.connect`). A store that needs a step which cannot be computed (`Rebuild`), or that a newer version
wrote, is refused with one line saying what to do, and nothing in it changes.

Changing the schema: besides `schema.COLUMNS`, this list is the one place.

1. Add the column to its table in `schema.COLUMNS`.
2. Append one step to `STEPS` (its position is the version it makes):

       AddColumn(schema.QUOTES, "speaker_source"),                 # NULL in the rows stored before
       AddColumn(schema.QUOTES, "n_chars", fill="length(quote)"),  # computed from each stored row
       Rebuild("paragraphs are now split at line breaks"),         # cannot be computed: the user runs rebuild

   Append only: never reorder, edit or remove a step that has reached main, since stores out there carry its
   number. Rows stored before an `AddColumn` read NULL (or `fill`) until `python -m dashboard rebuild`
   analyses their texts again.
3. `tests/unit/store/test_migrations.py` migrates the 31ad377 store and checks that it ends with exactly the
   tables and columns of a new store; a column in the schema that no step adds fails that test, naming it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

import duckdb

from dashboard import schema
from dashboard.store import keys
from dashboard.store.connection import StoreError, transaction
from dashboard.store.tables import create, tables_in

VERSION_TABLE = "store_version"
REBUILD_COMMAND = "python -m dashboard rebuild"


class StoreOutdated(StoreError):
    """The store's version cannot be opened by this code: it needs a rebuild, or a newer version wrote it."""


class Step(Protocol):
    """One change of the schema; `apply` runs inside the migration's transaction."""

    @property
    def description(self) -> str: ...

    def apply(self, con: duckdb.DuckDBPyConnection) -> None: ...


@dataclass(frozen=True)
class Adopt:
    """Version 1: a store written before versions gets the tables and columns of version 1 and its version."""

    description: str = "record the schema version of a store written before versions (such as by 31ad377)"

    def apply(self, con: duckdb.DuckDBPyConnection) -> None:
        create(con, columns_at(1))
        _create_version_table(con)


@dataclass(frozen=True)
class AddColumn:
    """A column the schema gained: its type is the schema's; `fill` is SQL over the row's other columns."""

    table: str
    column: str
    fill: str = ""

    @property
    def description(self) -> str:
        return f"add {self.table}.{self.column}" + (f" = {self.fill}" if self.fill else "")

    def apply(self, con: duckdb.DuckDBPyConnection) -> None:
        con.execute(f"ALTER TABLE {self.table} ADD COLUMN {self.column} {schema.COLUMNS[self.table][self.column]}")
        if self.fill:
            con.execute(f"UPDATE {self.table} SET {self.column} = {self.fill}")


@dataclass(frozen=True)
class Derive:
    """The store's keys and derived columns (`keys`): each table is written again with them, filled from its rows,
    the articles and the entity names (a fill that joins tables, which `AddColumn` cannot do)."""

    description: str = "add article and entity keys, months and lower-cased text to every table (store.keys)"

    def apply(self, con: duckdb.DuckDBPyConnection) -> None:
        have: dict[str, dict[str, str]] = {}
        for table, column, kind in con.execute(
            "SELECT table_name, column_name, data_type FROM duckdb_columns() WHERE database_name = current_database() "
            "AND schema_name = 'main' ORDER BY table_name, column_index"
        ).fetchall():
            have.setdefault(table, {})[column] = kind
        for table in schema.COLUMNS:
            con.execute(f"ALTER TABLE {table} RENAME TO {table}_unkeyed")
        keyed = {table: {**have[table], **keys.DERIVED[table]} for table in schema.COLUMNS}
        create(con, keyed | {keys.ENTITY_NAMES: keys.NAMES_COLUMNS})
        for table in schema.COLUMNS:  # articles first: the other tables take their keys from them
            keys.insert(con, table, f"{table}_unkeyed", columns=list(have[table]))
            con.execute(f"DROP TABLE {table}_unkeyed")


@dataclass(frozen=True)
class LabelEntities:
    """Each entity name gets its usual type over the stored mentions (`keys.refresh_labels`), so pages no longer
    work it out under every filter. A store that `Derive` just keyed has the column already."""

    description: str = "add entity_names.label: each entity's usual type over its stored mentions"

    def apply(self, con: duckdb.DuckDBPyConnection) -> None:
        con.execute(f"ALTER TABLE {keys.ENTITY_NAMES} ADD COLUMN IF NOT EXISTS label VARCHAR")
        keys.refresh_labels(con)


@dataclass(frozen=True)
class MarkFirstMentions:
    """Each entity row says whether it is its entity's first mention in its paragraph and in its article
    (`keys.first_mention`). A store that `Derive` just keyed in the same upgrade has them filled already."""

    description: str = "add entities.first_in_paragraph and first_in_article"

    def apply(self, con: duckdb.DuckDBPyConnection) -> None:
        columns = ("first_in_paragraph", "first_in_article")
        (present,) = con.execute(
            "SELECT count(*) FROM duckdb_columns() WHERE database_name = current_database() AND schema_name = 'main' "
            f"AND table_name = '{schema.ENTITIES}' AND column_name IN {columns}"
        ).fetchone()
        if present == len(columns):  # an upgrade is one transaction: columns that exist were filled with their rows
            return
        for column in columns:
            con.execute(f"ALTER TABLE {schema.ENTITIES} ADD COLUMN IF NOT EXISTS {column} BOOLEAN")
        con.execute(
            f"UPDATE {schema.ENTITIES} e SET first_in_paragraph = f.paragraph, first_in_article = f.article "
            f"FROM (SELECT r.rowid AS id, {keys.first_mention('paragraph')} AS paragraph, "
            f"{keys.first_mention('article')} AS article FROM {schema.ENTITIES} r) f WHERE e.rowid = f.id"
        )


@dataclass(frozen=True)
class Rebuild:
    """A change that cannot be computed from what is stored: the texts must be analysed again."""

    reason: str

    @property
    def description(self) -> str:
        return f"rebuild: {self.reason}"

    def apply(self, con: duckdb.DuckDBPyConnection) -> None:
        raise AssertionError("a Rebuild step is never applied; `check` refuses the store first")


#: Every schema change, oldest first; step N makes version N. Append only (see the module docstring).
STEPS: list[Step] = [
    Adopt(),
    # The speakers file: what each article said of its speakers is kept beside what the quote shows (the same, in
    # every quote stored before, since no file applied to it), and where each shown field came from.
    AddColumn(schema.QUOTES, "article_speaker", fill="speaker"),
    AddColumn(schema.QUOTES, "article_kind", fill="speaker_kind"),
    AddColumn(schema.QUOTES, "article_role", fill="role"),
    AddColumn(schema.QUOTES, "article_affiliation", fill="affiliation"),
    AddColumn(schema.QUOTES, "speaker_from", fill="'article'"),
    AddColumn(schema.QUOTES, "kind_from", fill="'article'"),
    AddColumn(schema.QUOTES, "role_from", fill="'article'"),
    AddColumn(schema.QUOTES, "affiliation_from", fill="'article'"),
    # Integer keys, months and lower-cased text for the dashboard's queries at a million articles (issue 12).
    Derive(),
    # Entity types kept per name, so the entity summary groups integers alone (issue 12).
    LabelEntities(),
    # First mentions marked, so pages count paragraphs and articles naming an entity by a sum (issue 12).
    MarkFirstMentions(),
    # A quotation running over paragraphs is one quote that ends in `last_paragraph`; every quote stored before
    # lies in one paragraph.
    AddColumn(schema.QUOTES, "last_paragraph", fill="paragraph"),
]


def latest() -> int:
    """The version this code writes."""
    return len(STEPS)


def columns_at(version: int) -> dict[str, dict[str, str]]:
    """The tables and columns of a store at `version`: the schema's, less what later steps add."""
    columns = {table: dict(kinds) for table, kinds in schema.COLUMNS.items()}
    for step in STEPS[version:]:
        if isinstance(step, AddColumn):
            del columns[step.table][step.column]
    return columns


def stored_version(con: duckdb.DuckDBPyConnection) -> int:
    """The version of the open store file (0 for a store written before versions)."""
    if VERSION_TABLE not in tables_in(con):
        return 0
    (version,) = con.execute(f"SELECT coalesce(max(version), 0) FROM {VERSION_TABLE}").fetchone()
    return int(version)


def needed_rebuild(version: int) -> Rebuild | None:
    """The first step a store at `version` lacks that cannot be computed, if any."""
    return next((step for step in STEPS[version:] if isinstance(step, Rebuild)), None)


def check(version: int, path: Path) -> None:
    """Refuse, in one line saying what to do, a store this code cannot upgrade in place."""
    if version > latest():
        raise StoreOutdated(
            f"store {path} was written by a newer version of this program (schema version {version}; this one "
            f"knows up to {latest()}): use that version, or set DASHBOARD_STORE to another store"
        )
    step = needed_rebuild(version)
    if step is not None:
        raise StoreOutdated(
            f"store {path} is at schema version {version} and cannot be upgraded in place ({step.reason}): "
            f"run `{REBUILD_COMMAND}` to analyse its texts again"
        )


def upgrade(con: duckdb.DuckDBPyConnection, path: Path) -> int:
    """Bring the store open for writing on `con` to the latest version in one transaction; the version it had."""
    version = stored_version(con)
    check(version, path)
    if version < latest():
        with transaction(con):
            for number, step in enumerate(STEPS[version:], start=version + 1):
                step.apply(con)
                record(con, number, step.description)
    return version


def start(con: duckdb.DuckDBPyConnection, note: str = "created") -> None:
    """Give a store just created with the latest tables its version."""
    _create_version_table(con)
    record(con, latest(), note)


def _create_version_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"CREATE TABLE {VERSION_TABLE} (version INTEGER PRIMARY KEY, step VARCHAR, applied_at TIMESTAMP)")


def record(con: duckdb.DuckDBPyConnection, version: int, step: str) -> None:
    con.execute(f"INSERT INTO {VERSION_TABLE} VALUES (?, ?, ?)", [version, step, datetime.now().replace(microsecond=0)])
