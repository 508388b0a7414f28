"""Extraction on a Dask cluster: files in partitions, the model loaded once per worker, Parquet partitions out.

Every worker runs the same read and analyse functions as `extract` and writes its partition of each table
straight to the output folder, so on a real cluster `--out` must be storage that every worker can write
(a shared file system) and the workers need this package and the spaCy model installed. Without a
scheduler address a local cluster of worker processes is started for the run.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dashboard import schema
from dashboard.analysis import analyse
from dashboard.analysis.nlp import check, load
from dashboard.analysis.speaker_file import SpeakerFile, speaker_file_of
from dashboard.analysis.themes import Themes, load_themes
from dashboard.config import Settings
from dashboard.sources import Article, ReadFailure, folder_files, read_paths
from dashboard.store import parquet

#: Files analysed by one task: large enough to fill spaCy batches, small enough to spread over workers.
FILES_PER_PARTITION = 64
LOCAL_WORKERS = 2

_load_lock = threading.Lock()


class EngineError(Exception):
    """The distributed engine is not installed or the cluster cannot be reached."""


@dataclass
class Outcome:
    """What a distributed extract did: rows written per table and the inputs that could not be read."""

    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(parquet.TABLES, 0))
    failures: list[ReadFailure] = field(default_factory=list)
    partitions: int = 0


def extract(
    paths: Iterable[Path],
    out_dir: Path,
    settings: Settings,
    *,
    scheduler: str | None = None,
    files_per_partition: int = FILES_PER_PARTITION,
    speakers: SpeakerFile | None = None,
) -> Outcome:
    """Analyse every article under the paths on a Dask cluster and write Parquet partitions under out_dir; the
    speakers file is read here unless the caller read it already."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as err:
        raise EngineError("the dask engine needs Dask: pip install 'news-dashboard[dask]'") from err
    if not scheduler:  # a remote cluster's workers need the model, this machine need not
        check(settings.spacy_model)
    themes = load_themes(settings.themes_file)
    speakers = speaker_file_of(settings) if speakers is None else speakers
    files, failures = list_files(paths)
    partitions = [files[i : i + files_per_partition] for i in range(0, len(files), files_per_partition)]
    out_dir = Path(out_dir).resolve()
    outcome = Outcome(failures=failures, partitions=len(partitions))
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="10s")
        else:
            cluster = LocalCluster(
                n_workers=LOCAL_WORKERS, threads_per_worker=1, processes=True, dashboard_address=None
            )
            client = Client(cluster)
    except (OSError, TimeoutError) as err:
        where = f"reach the Dask scheduler at {scheduler}" if scheduler else "start a local Dask cluster"
        raise EngineError(f"cannot {where}: {err}") from err
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        parquet.clear(out_dir)  # only once the cluster is there, so a failed start loses nothing
        shared_themes = client.scatter(themes, broadcast=True)
        shared_speakers = client.scatter(speakers, broadcast=True)
        run = uuid.uuid4().hex[:8]
        futures = [
            client.submit(
                extract_partition,
                index,
                part,
                out_dir,
                settings,
                shared_themes,
                shared_speakers,
                key=f"extract-{run}-{index}",
            )
            for index, part in enumerate(partitions)
        ]
        if not futures:  # still write empty tables, so the output is a valid (empty) extract
            parquet.write_partition([], out_dir, 0)
        for future in as_completed(futures):
            rows, part_failures = future.result()
            for table, n in rows.items():
                outcome.rows[table] += n
            outcome.failures.extend(ReadFailure(source, reason) for source, reason in part_failures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return outcome


def extract_partition(
    index: int, files: list[str], out_dir: Path, settings: Settings, themes: Themes, speakers: SpeakerFile
) -> tuple[dict[str, int], list[tuple[str, str]]]:
    """On a worker: read, analyse and write one partition; returns rows per table and (source, reason) failures."""
    with _load_lock:  # threads of one worker share one model
        nlp = load(settings.spacy_model)
    failures: list[tuple[str, str]] = []

    def articles() -> Iterable[Article]:
        for result in read_paths(files, settings=settings):
            if isinstance(result, ReadFailure):
                failures.append((result.source, result.reason))
            else:
                yield result

    rows = parquet.write_partition(
        analyse(articles(), nlp, themes, batch_articles=settings.batch_articles, speakers=speakers), out_dir, index
    )
    return rows, failures


def list_files(paths: Iterable[Path]) -> tuple[list[str], list[ReadFailure]]:
    """The readable files under the paths in the order `extract` reads them, and the paths that cannot be listed."""
    files: list[str] = []
    failures: list[ReadFailure] = []
    for path in map(Path, paths):
        if path.is_dir():
            found, unlisted = folder_files(path)
            files.extend(str(f) for f in found)
            failures.extend(unlisted)
        elif path.exists():
            files.append(str(path))  # read_paths reports it if it is not a regular file
        else:
            failures.append(ReadFailure(str(path), "no such file or folder"))
    return files, failures


def summary(outcome: Outcome, out_dir: Path) -> str:
    """One line saying what was written where."""
    counts = ", ".join(f"{outcome.rows[t]} {t}" for t in schema.COLUMNS)
    return f"wrote {counts} as {outcome.partitions} Parquet partition(s) to {out_dir}"
