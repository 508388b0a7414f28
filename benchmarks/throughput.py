"""Extraction throughput against spaCy's own: words per second, their ratio, and peak memory per worker count.

    .venv/bin/python benchmarks/throughput.py [--corpus DIR] [--workers 1 2] [--flat] [--profile]

Every measurement runs in a fresh interpreter, so peak memory (getrusage maxrss of the process and of its
worker processes) belongs to that measurement alone; the measurements are interleaved for --rounds rounds
and the fastest run of each is shown, so load from other programs skews the ratio less. All of them read
the same paragraphs:
- raw: `nlp.pipe` of the configured model with all its default components, the model's batch size;
- extract: read -> analyse -> tables (what `extract` writes), with `--workers N`;
- stream (with --flat): read -> analyse -> rows dropped, as ingest streams them, over the corpus repeated
  1x and 3x; its peak memory should not grow with the corpus.
The model load is outside the timings; worker processes' start-up (spawn + model load) is inside them,
and is also reported on its own so the steady rate can be told apart.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev" / "articles"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of articles")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to measure")
    parser.add_argument("--flat", action="store_true", help="also show memory staying flat as the corpus grows")
    parser.add_argument("--profile", action="store_true", help="print the hot spots of a one-process extract")
    parser.add_argument(
        "--rounds", type=int, default=2, help="runs of every measurement, interleaved; the fastest counts (default 2)"
    )
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--repeat", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.corpus, args.workers[0], args.repeat)))
        return
    if args.profile:
        profile(args.corpus)
        return
    runs = [("raw", 1, 1)] + [("extract", n, 1) for n in args.workers]
    if args.flat:
        runs += [("stream", n, r) for n in args.workers for r in (1, 3)]
    rounds = [[_in_fresh_process(*run, corpus=args.corpus) for run in runs] for _ in range(args.rounds)]
    report([_best(same) for same in zip(*rounds, strict=True)], args.corpus)


def _best(same: tuple[dict, ...]) -> dict:
    """The fastest of repeated runs of one measurement (the least disturbed by other load), with the highest
    memory peak seen."""
    fastest = min(same, key=lambda r: r["seconds"])
    return {
        **fastest,
        "peak_mb": max(r["peak_mb"] for r in same),
        "worker_peak_mb": max(r["worker_peak_mb"] for r in same),
    }


def _in_fresh_process(mode: str, workers: int, repeat: int, *, corpus: Path) -> dict:
    command = [
        sys.executable,
        __file__,
        "--measure",
        mode,
        "--corpus",
        str(corpus),
        "--workers",
        str(workers),
        "--repeat",
        str(repeat),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{mode} with {workers} worker(s) failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _articles(corpus: Path, repeat: int) -> list:
    from dashboard.sources import ReadFailure, read_paths

    articles = [a for a in read_paths([corpus]) if not isinstance(a, ReadFailure)]
    if not articles:
        sys.exit(f"no readable articles under {corpus}")
    return [replace(a, article_id=f"{a.article_id}~{n}") for n in range(repeat) for a in articles]


def measure(mode: str, corpus: Path, workers: int, repeat: int) -> dict:
    """One measurement in this process: words, seconds, and peak memory of this process and its workers."""
    import spacy

    from dashboard import schema
    from dashboard.analysis import load, to_frames
    from dashboard.config import Settings
    from dashboard.scale.parallel import analyse_articles

    settings = Settings.from_env()
    articles = _articles(corpus, repeat)
    texts = [p.text for a in articles for p in a.paragraphs]
    words = sum(len(t.split()) for t in texts)
    startup = 0.0
    cpu_before = _cpu_seconds()
    if mode == "raw":
        nlp = spacy.load(settings.spacy_model)  # every default component, as shipped
        list(nlp.pipe(texts[:64]))  # warm-up
        cpu_before = _cpu_seconds()
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=nlp.batch_size):
            pass
    else:
        if workers == 1:
            list(load(settings.spacy_model).pipe(texts[:64]))  # load and warm-up, as for raw
        else:
            startup = _startup(articles[0], settings, workers)
        cpu_before = _cpu_seconds()
        start = time.perf_counter()
        if mode == "extract":
            frames = to_frames(analyse_articles(articles, settings, workers=workers))
            schema.with_scores(frames[schema.PARAGRAPHS], frames[schema.PARAGRAPH_TOPICS])
        else:
            for _ in analyse_articles(articles, settings, workers=workers):
                pass
    seconds = time.perf_counter() - start
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime - cpu_before
    return {
        "mode": mode,
        "workers": workers,
        "repeat": repeat,
        "articles": len(articles),
        "paragraphs": len(texts),
        "words": words,
        "seconds": seconds,
        "startup": startup,
        "cpu": cpu,
        "peak_mb": own.ru_maxrss / 1024,
        "worker_peak_mb": children.ru_maxrss / 1024,
    }


def _cpu_seconds() -> float:
    """CPU time used so far by this process and its finished worker processes."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _startup(article, settings, workers: int) -> float:
    """Seconds to start `workers` processes that load the model and analyse one article."""
    from dashboard.scale.parallel import analyse_articles

    start = time.perf_counter()
    list(analyse_articles([article] * workers, replace(settings, batch_articles=1), workers=workers))
    return time.perf_counter() - start


def report(results: list[dict], corpus: Path) -> None:
    """A table of the measurements and the ratio of extract to raw spaCy."""
    raw = next(r for r in results if r["mode"] == "raw")
    raw_rate = raw["words"] / raw["seconds"]
    first = results[0]
    print(f"corpus: {corpus} ({first['articles']} articles, {first['paragraphs']} paragraphs, {first['words']} words)")
    print(
        f"{'run':<22}{'words':>9}{'seconds':>9}{'words/s':>9}{'ratio':>7}{'steady w/s':>11}"
        f"{'w/cpu-s':>9}{'peak MB':>9}{'worker MB':>10}"
    )
    for r in results:
        rate = r["words"] / r["seconds"]
        busy = r["seconds"] - r["startup"]
        steady = f"{r['words'] / busy:.0f}" if busy > 0.2 * r["seconds"] else "-"  # too small a corpus to tell
        name = f"{r['mode']} x{r['workers']}" + (f" corpus x{r['repeat']}" if r["repeat"] > 1 else "")
        worker_mb = f"{r['worker_peak_mb']:.0f}" if r["workers"] > 1 else "-"
        per_cpu = r["words"] / r["cpu"]
        print(
            f"{name:<22}{r['words']:>9}{r['seconds']:>9.1f}{rate:>9.0f}{rate / raw_rate:>7.2f}{steady:>11}"
            f"{per_cpu:>9.0f}{r['peak_mb']:>9.0f}{worker_mb:>10}"
        )
    print("ratio: words/s over raw nlp.pipe words/s; steady: without worker start-up (spawn + model load);")
    print("w/cpu-s: words per CPU second of all processes (what scaling gets when cores are free);")
    print("peak MB: max resident memory of the main process; worker MB: of the largest worker process")


def profile(corpus: Path) -> None:
    """cProfile of a one-process extract: where the time outside spaCy's components goes."""
    from dashboard.analysis import load, to_frames
    from dashboard.config import Settings
    from dashboard.scale.parallel import analyse_articles

    settings = Settings.from_env()
    articles = _articles(corpus, 1)
    load(settings.spacy_model)
    profiler = cProfile.Profile()
    profiler.enable()
    to_frames(analyse_articles(articles, settings))
    profiler.disable()
    stats = pstats.Stats(profiler).sort_stats("tottime")
    stats.print_stats(25)


if __name__ == "__main__":
    main()
