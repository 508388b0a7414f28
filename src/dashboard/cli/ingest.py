"""`extract` and `ingest`: read articles, analyse them (here, in worker processes or on Dask) and write the rows
to CSV files or to the store."""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from rich.markup import escape

from dashboard import schema
from dashboard.analysis import Analysed, to_frames
from dashboard.analysis.speaker_file import SpeakerFile, speaker_file_of
from dashboard.cli.console import console, progress_bar, readable, report_failures
from dashboard.config import Settings
from dashboard.scale.parallel import analyse_articles
from dashboard.sources import STDIN, Article, ReadFailure, read_paths
from dashboard.store import Store, is_stored
from dashboard.views.export import write_tables


def run_extract(args: argparse.Namespace, settings: Settings) -> int:
    speakers = speaker_file_of(settings)  # a bad speakers file stops the run before anything is read or written
    if args.engine == "dask":
        return _run_dask_extract(args, settings, speakers)
    failures: list[ReadFailure] = []
    with progress_bar() as progress:
        task = progress.add_task("extracting", total=None)
        articles = readable(read_paths(args.paths, settings=settings), failures)
        analysed = analyse_articles(
            articles, settings, workers=_workers(args), on_article=lambda _: progress.advance(task), speakers=speakers
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
    return report_failures(failures)


def run_ingest(args: argparse.Namespace, settings: Settings) -> int:
    speakers = speaker_file_of(settings)  # a bad speakers file stops the run before anything is read or written
    store = Store(settings.store_path)
    if args.if_empty and store.counts()[schema.ARTICLES]:
        return 0
    failures: list[ReadFailure] = []
    outcomes: Counter[str] = Counter()
    # The store is opened per batch of analysed articles, so the dashboard can read between batches.
    with progress_bar() as progress:
        task = progress.add_task("ingesting", total=None)
        known = store.known_hashes()

        def already_stored(article: Article) -> bool:
            if is_stored(article, known):
                outcomes["unchanged"] += 1
                progress.advance(task)
                return True
            return False

        analysed = _analysed(args.paths, settings, failures, speakers, workers=_workers(args), skip=already_stored)
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


def _workers(args: argparse.Namespace) -> int | None:
    """The processes asked for; with none asked, one for standard input (each batch analysed as it arrives),
    else None: as many as the input's size calls for."""
    if args.workers is None and any(str(path) == STDIN for path in args.paths):
        return 1
    return args.workers


def _analysed(
    paths: list[Path],
    settings: Settings,
    failures: list[ReadFailure],
    speakers: SpeakerFile,
    *,
    workers: int | None,
    skip: Callable[[Article], bool] = lambda _: False,
) -> Iterator[Analysed]:
    """Articles read back from Parquet output of a distributed extract, then those analysed from files; the
    speakers file pins the quotes of both.

    Files' articles for which `skip` is true (already stored) are not analysed at all."""
    from dashboard.store import parquet

    tables = [path for path in paths if parquet.is_extract(path)]
    for folder in tables:
        for item in readable(parquet.read_analysed(folder), failures):
            item.rows[schema.QUOTES] = speakers.repin(item.rows[schema.QUOTES])
            yield item
    files = [path for path in paths if path not in tables]
    if files:
        articles = (a for a in readable(read_paths(files, settings=settings), failures) if not skip(a))
        yield from analyse_articles(articles, settings, workers=workers, speakers=speakers)


def _run_dask_extract(args: argparse.Namespace, settings: Settings, speakers: SpeakerFile) -> int:
    from dashboard.scale.distributed import EngineError, extract, summary

    try:
        outcome = extract(
            args.paths,
            args.out,
            settings,
            scheduler=args.scheduler,
            files_per_partition=args.partition_files,
            speakers=speakers,
        )
    except EngineError as err:
        console.print(f"[red]error:[/red] {escape(str(err))}")
        return 2
    for failure in outcome.failures:
        console.print(f"[red]cannot read[/red] {escape(str(failure))}")
    console.print(summary(outcome, args.out))
    return report_failures(outcome.failures)
