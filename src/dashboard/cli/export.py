"""`python -m dashboard export`: the stored rows that match filters, as the same CSV tables the dashboard offers.

The dashboard's downloads and this command share `views.export`: the filters' SQL views, streamed from DuckDB in
batches, so an extract from the browser and one from the command line hold the same rows and columns, and a
table of millions of rows never sits in memory. `DASHBOARD_STORE` may name a store file or a Parquet folder.
"""

from __future__ import annotations

import argparse
from datetime import date

import duckdb
from rich.markup import escape

from dashboard import schema
from dashboard.cli.console import console
from dashboard.config import Settings
from dashboard.store import StoreError
from dashboard.store.filters import Filters
from dashboard.store.reader import Reader
from dashboard.views.export import kept_counts, write_extract, write_zip


class FilterError(ValueError):
    """A filter given on the command line that cannot be used."""


def filters_from_args(args: argparse.Namespace) -> Filters:
    """The Filters value of the export command's flags."""
    since, until = _date(args.since, "--since"), _date(args.until, "--until")
    if since and until and since > until:
        raise FilterError(f"--since {since} is after --until {until}")
    return Filters(
        themes=tuple(args.theme),
        speakers=tuple(args.speaker),
        kinds=tuple(args.kind),
        entities=tuple(args.entity),
        sources=tuple(args.source),
        since=since,
        until=until,
        text=(args.text or "").strip(),
    )


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    """Write the filtered tables to `args.out` (and tables.zip with --zip); the exit status of the command."""
    try:
        filters = filters_from_args(args)
    except FilterError as err:
        console.print(f"[red]error:[/red] {escape(str(err))}")
        return 2
    reader = Reader(settings.store_path)
    if not reader.exists():
        console.print(
            f"[red]error:[/red] no store at {escape(str(settings.store_path))}; "
            "add articles first with `python -m dashboard ingest PATH`"
        )
        return 2
    try:
        with reader.connect(filters) as con:
            counts = kept_counts(con)
            written = _write(con, args)
            unknown = _unknown(con, filters)
    except StoreError as err:
        console.print(f"[red]error:[/red] {escape(str(err))}")
        return 1
    except OSError as err:
        console.print(f"[red]error:[/red] cannot write to {escape(str(args.out))}: {escape(err.strerror or str(err))}")
        return 1
    finally:
        reader.close()
    summary = ", ".join(f"{n:,} {name}" for name, n in counts.items())
    console.print(f"wrote {summary} ({len(written)} files) to {escape(str(args.out))}")
    for flag, value in unknown:
        console.print(f"[yellow]note:[/yellow] no stored row has --{flag} {escape(value)!r}")
    return 0


def _write(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> list:
    written = list(write_extract(con, args.out).values())
    if args.zip:
        archive = args.out / "tables.zip"
        with archive.open("wb") as handle:
            write_zip(con, handle)
        written.append(archive)
    return written


def _date(value: str | None, flag: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError as err:
        raise FilterError(f"{flag} {value!r} is not a date; use YYYY-MM-DD") from err


#: Where each flag's values are stored.
_KNOWN = {
    "theme": ("themes", "SELECT DISTINCT theme FROM paragraph_topics"),
    "speaker": ("speakers", "SELECT DISTINCT speaker FROM quotes"),
    "kind": ("kinds", "SELECT DISTINCT speaker_kind FROM quotes"),
    "entity": ("entities", "SELECT DISTINCT canonical FROM entities"),
    "source": ("sources", "SELECT DISTINCT source FROM articles"),
}


def _unknown(con: duckdb.DuckDBPyConnection, filters: Filters) -> list[tuple[str, str]]:
    """Filter values the store has never seen (flag, value): the likely reason for an empty extract (typos, case)."""
    missing = []
    for flag, (field, known) in _KNOWN.items():
        chosen = list(getattr(filters, field))
        if flag == "kind":
            chosen = [kind for kind in chosen if kind not in schema.SPEAKER_KINDS]
        if chosen:
            found = {
                value
                for (value,) in con.sql(
                    f"SELECT * FROM ({known}) t(v) WHERE list_contains($chosen, v)", params={"chosen": chosen}
                ).fetchall()
            }
            missing += [(flag, value) for value in chosen if value not in found]
    return missing
