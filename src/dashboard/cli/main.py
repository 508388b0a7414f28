"""`python -m dashboard extract|ingest|info|export|retopic|speakers|rebuild`: the product without the browser."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.markup import escape

from dashboard.analysis import ModelError
from dashboard.analysis.speaker_file import SpeakerFileError
from dashboard.analysis.themes import ThemesError
from dashboard.cli.admin import run_info, run_rebuild, run_retopic, run_speakers
from dashboard.cli.console import console
from dashboard.cli.export import run_export
from dashboard.cli.ingest import run_extract, run_ingest
from dashboard.config import Settings
from dashboard.scale.parallel import PARALLEL_FROM
from dashboard.store import StoreError


def main(argv: list[str] | None = None) -> int:
    """Run one command; the exit status is non-zero when any input failed."""
    args = _parser().parse_args(argv)
    settings = Settings.from_env()
    try:
        return args.run(args, settings)
    except (ModelError, ThemesError, SpeakerFileError, StoreError) as err:
        console.print(f"[red]error:[/red] {escape(str(err))}")
        return 2
    except KeyboardInterrupt:
        console.print("interrupted; every article stored so far is complete")
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="analyse articles and write CSV tables to a folder")
    extract.add_argument(
        "paths",
        nargs="+",
        type=Path,
        help="article files, folders or .zip archives; - reads JSON Lines from standard input",
    )
    extract.add_argument("--out", required=True, type=Path, help="folder for the CSV tables")
    _workers(extract)
    extract.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="dask: run on a Dask cluster and write Parquet partitions of the tables to --out",
    )
    extract.add_argument("--scheduler", help="address of the Dask scheduler (default: start a local cluster)")
    extract.add_argument(
        "--partition-files",
        type=_at_least_one,
        default=64,
        metavar="N",
        help="files per Dask task and Parquet partition (default 64)",
    )
    extract.set_defaults(run=run_extract)

    ingest = commands.add_parser("ingest", help="analyse articles and add them to the store")
    ingest.add_argument(
        "paths",
        nargs="+",
        type=Path,
        help="article files, folders or .zip archives, the Parquet output of extract --engine dask, "
        "or - for JSON Lines from standard input (stored batch by batch as they arrive)",
    )
    ingest.add_argument("--if-empty", action="store_true", help="only when the store holds no article yet")
    _workers(ingest)
    ingest.set_defaults(run=run_ingest)

    export = commands.add_parser("export", help="write CSV tables of the stored rows that match filters")
    export.add_argument("--out", required=True, type=Path, help="folder for the CSV tables")
    export.add_argument("--theme", action="append", default=[], help="keep rows of this theme (repeatable)")
    export.add_argument("--speaker", action="append", default=[], help="keep quotes of this speaker (repeatable)")
    export.add_argument("--kind", action="append", default=[], help="keep quotes of this speaker kind (repeatable)")
    export.add_argument("--entity", action="append", default=[], help="keep articles naming this entity")
    export.add_argument("--source", action="append", default=[], help="keep articles of this source")
    export.add_argument("--since", help="first publication date, YYYY-MM-DD")
    export.add_argument("--until", help="last publication date, YYYY-MM-DD")
    export.add_argument("--text", default="", help="keep quotes and paragraphs containing this text")
    export.add_argument("--zip", action="store_true", help="also write all tables as one tables.zip")
    export.set_defaults(run=run_export)

    info = commands.add_parser("info", help="print the number of rows per table in the store")
    info.set_defaults(run=run_info)

    retopic = commands.add_parser("retopic", help="recompute themes of everything stored (after editing themes)")
    retopic.set_defaults(run=run_retopic)

    speakers = commands.add_parser(
        "speakers", help="show every stored quote's speaker as the speakers file says (after editing that file)"
    )
    speakers.add_argument("--check", action="store_true", help="only check the file and list its speakers")
    speakers.set_defaults(run=run_speakers)

    rebuild = commands.add_parser(
        "rebuild", help="analyse every stored text again with this version and swap the result in whole"
    )
    _workers(rebuild)
    rebuild.set_defaults(run=run_rebuild)
    return parser


def _workers(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--workers",
        type=_at_least_one,
        help=f"analyse in N processes (default: one per core for more than {PARALLEL_FROM} articles, else 1; "
        "one for standard input, analysed as it arrives)",
    )


def _at_least_one(value: str) -> int:
    if not value.strip().isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number, 1 or more, not {value!r}")
    return int(value)


if __name__ == "__main__":
    sys.exit(main())
