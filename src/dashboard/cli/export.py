"""`python -m dashboard export`: the stored rows that match filters, as the same CSV tables the dashboard offers.

The dashboard's zip download and this command share `views.export.extract_tables`, so an extract from the browser and
one from the command line with the same filters hold the same rows and columns.
"""

from __future__ import annotations

import argparse
from datetime import date

import pandas as pd
from rich.markup import escape

from dashboard import schema
from dashboard.cli.console import console
from dashboard.config import Settings
from dashboard.store import Store, StoreError
from dashboard.store.filters import Filters
from dashboard.views.export import extract_tables, write_tables, zip_bytes
from dashboard.views.filters import apply


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
    if not settings.store_path.exists():
        console.print(
            f"[red]error:[/red] no store at {escape(str(settings.store_path))}; "
            "add articles first with `python -m dashboard ingest PATH`"
        )
        return 2
    try:
        tables = Store(settings.store_path).tables()
    except StoreError as err:
        console.print(f"[red]error:[/red] {escape(str(err))}")
        return 1
    frames = extract_tables(apply(tables, filters))
    try:
        written = write_tables(frames, args.out)
        if args.zip:
            archive = args.out / "tables.zip"
            archive.write_bytes(zip_bytes(frames))
            written.append(archive)
    except OSError as err:
        console.print(f"[red]error:[/red] cannot write to {escape(str(args.out))}: {escape(err.strerror or str(err))}")
        return 1
    counts = ", ".join(f"{len(df):,} {name}" for name, df in frames.items())
    console.print(f"wrote {counts} ({len(written)} files) to {escape(str(args.out))}")
    _warn_unknown(tables, filters)
    return 0


def _date(value: str | None, flag: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError as err:
        raise FilterError(f"{flag} {value!r} is not a date; use YYYY-MM-DD") from err


def _warn_unknown(tables: dict[str, pd.DataFrame], filters: Filters) -> None:
    """Name filter values the store has never seen, the likely reason for an empty extract (typos, case)."""
    known = {
        "theme": set(tables[schema.PARAGRAPH_TOPICS]["theme"].dropna()),
        "speaker": set(tables[schema.QUOTES]["speaker"].dropna()),
        "kind": set(schema.SPEAKER_KINDS) | set(tables[schema.QUOTES]["speaker_kind"].dropna()),
        "entity": set(tables[schema.ENTITIES]["canonical"].dropna()),
        "source": set(tables[schema.ARTICLES]["source"].dropna()),
    }
    chosen = {
        "theme": filters.themes,
        "speaker": filters.speakers,
        "kind": filters.kinds,
        "entity": filters.entities,
        "source": filters.sources,
    }
    for flag, values in chosen.items():
        for value in values:
            if value not in known[flag]:
                console.print(f"[yellow]note:[/yellow] no stored row has --{flag} {escape(value)!r}")
