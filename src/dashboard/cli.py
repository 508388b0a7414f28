"""`python -m dashboard extract|ingest|info|export|retopic`: the product without the browser."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dashboard import schema
from dashboard.article import Article
from dashboard.config import Settings
from dashboard.export import write_tables
from dashboard.nlp import ModelError, load
from dashboard.parallel import analyse_articles
from dashboard.pipeline import Analysed, to_frames
from dashboard.sources import ReadFailure, ReadResult, read_paths
from dashboard.store import Store, StoreError, is_stored
from dashboard.topics import ThemesError, load_themes

console = Console(stderr=True, soft_wrap=True, highlight=False)


def main(argv: list[str] | None = None) -> int:
    """Run one command; the exit status is non-zero when any input failed."""
    args = _parser().parse_args(argv)
    settings = Settings.from_env()
    try:
        return args.run(args, settings)
    except (ModelError, ThemesError, StoreError) as err:
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
    extract.add_argument("--workers", type=_at_least_one, default=1, help="analyse in N processes (default 1)")
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
    ingest.add_argument("--workers", type=_at_least_one, default=1, help="analyse in N processes (default 1)")
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
    return parser


def run_extract(args: argparse.Namespace, settings: Settings) -> int:
    if args.engine == "dask":
        return _run_dask_extract(args, settings)
    failures: list[ReadFailure] = []
    with _progress() as progress:
        task = progress.add_task("extracting", total=None)
        articles = _articles(read_paths(args.paths, settings=settings), failures)
        analysed = analyse_articles(
            articles, settings, workers=args.workers, on_article=lambda _: progress.advance(task)
        )
        frames = to_frames(analysed)
    tables = {
        schema.ARTICLES: frames[schema.ARTICLES],
        schema.PARAGRAPHS: schema.with_scores(frames[schema.PARAGRAPHS], frames[schema.PARAGRAPH_TOPICS]),
        schema.ENTITIES: frames[schema.ENTITIES],
        schema.QUOTES: frames[schema.QUOTES],
    }
    write_tables(tables, args.out)
    counts = ", ".join(f"{len(df)} {name}" for name, df in tables.items())
    console.print(f"wrote {counts} to {args.out}")
    return _report_failures(failures)


def run_ingest(args: argparse.Namespace, settings: Settings) -> int:
    store = Store(settings.store_path)
    if args.if_empty and store.counts()[schema.ARTICLES]:
        return 0
    failures: list[ReadFailure] = []
    outcomes: Counter[str] = Counter()
    # The store is opened per batch of analysed articles, so the dashboard can read between batches.
    with _progress() as progress:
        task = progress.add_task("ingesting", total=None)
        known = store.known_hashes()

        def already_stored(article: Article) -> bool:
            if is_stored(article, known):
                outcomes["unchanged"] += 1
                progress.advance(task)
                return True
            return False

        analysed = _analysed(args.paths, settings, failures, workers=args.workers, skip=already_stored)
        for result in store.add_all(analysed, batch_articles=settings.batch_articles):
            outcomes[result.status] += 1
            if result.status == "renamed":
                progress.console.print(
                    escape(f"{result.source_file}: its id is taken by a different text; stored as {result.article_id}")
                )
            elif result.status == "failed":
                progress.console.print(f"[red]not stored[/red] {escape(f'{result.source_file}: {result.reason}')}")
            progress.advance(task)
    failed = len(failures) + outcomes["failed"]
    console.print(
        f"stored {outcomes['stored']}, renamed {outcomes['renamed']}, unchanged {outcomes['unchanged']}, "
        f"failed {failed} -> {settings.store_path}"
    )
    return 1 if failed else 0


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    from dashboard.exporting import export_filtered

    return export_filtered(args, settings, console=console)


def run_info(args: argparse.Namespace, settings: Settings) -> int:
    store = Store(settings.store_path)
    print(f"store: {settings.store_path}")
    for table, n in store.counts().items():
        print(f"{table:18} {n:>10}")
    broken = store.incomplete()
    if not broken.empty:
        print(f"incomplete articles: {', '.join(sorted(set(broken['article_id'])))}")
        return 1
    return 0


def run_retopic(args: argparse.Namespace, settings: Settings) -> int:
    from dashboard.retopic import retopic

    store = Store(settings.store_path)
    n = retopic(store, load(settings.spacy_model), load_themes(settings.themes_file))
    console.print(f"recomputed themes of {n} paragraphs from {settings.themes_file}")
    return 0


def _articles(results: Iterable[ReadResult], failures: list[ReadFailure]) -> Iterator[Article]:
    """The articles among read results; failures are printed at once and collected."""
    for result in results:
        if isinstance(result, ReadFailure):
            failures.append(result)
            console.print(f"[red]cannot read[/red] {escape(str(result))}")
        else:
            yield result


def _analysed(
    paths: list[Path],
    settings: Settings,
    failures: list[ReadFailure],
    *,
    workers: int,
    skip: Callable[[Article], bool] = lambda _: False,
) -> Iterator[Analysed]:
    """Articles read back from Parquet output of a distributed extract, then those analysed from files.

    Files' articles for which `skip` is true (already stored) are not analysed at all."""
    from dashboard import parquet_io

    tables = [path for path in paths if parquet_io.is_extract(path)]
    for folder in tables:
        yield from _articles(parquet_io.read_analysed(folder), failures)
    files = [path for path in paths if path not in tables]
    if files:
        articles = (a for a in _articles(read_paths(files, settings=settings), failures) if not skip(a))
        yield from analyse_articles(articles, settings, workers=workers)


def _run_dask_extract(args: argparse.Namespace, settings: Settings) -> int:
    from dashboard.distributed import EngineError, extract, summary

    try:
        outcome = extract(
            args.paths, args.out, settings, scheduler=args.scheduler, files_per_partition=args.partition_files
        )
    except EngineError as err:
        console.print(f"[red]error:[/red] {escape(str(err))}")
        return 2
    for failure in outcome.failures:
        console.print(f"[red]cannot read[/red] {escape(str(failure))}")
    console.print(summary(outcome, args.out))
    return _report_failures(outcome.failures)


def _at_least_one(value: str) -> int:
    if not value.strip().isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number, 1 or more, not {value!r}")
    return int(value)


def _report_failures(failures: list[ReadFailure]) -> int:
    if failures:
        console.print(f"[red]{len(failures)} file(s) could not be read[/red]")
        return 1
    return 0


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )


if __name__ == "__main__":
    sys.exit(main())
