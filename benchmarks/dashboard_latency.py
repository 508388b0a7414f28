"""Per page, the time a rerun computes (queries, frames, figures) after a filter change, on a store of generated
articles; the memory of the process serving the pages; the time to the first page after start.

    .venv/bin/python benchmarks/dashboard_latency.py --articles 100000 [--repeat 2] [--json FILE] [--store PATH]

Builds a store of N generated articles (`generated_store.py`; reused when --store names one that holds N), then
starts a fresh process that serves the pages as the app does, without Streamlit: it asks the sidebar's options
and draws the Overview (`first_page_ms`, from the moment the process was started), then for a cycle of filter
changes runs each page once on its own read-only connection, every query asked anew (the shared cache of the
app is what a second viewer of the same view hits; a filter change misses it). `rss_mb` is that process's peak
resident memory. `app_first_page_ms` is the same first page drawn by the real app (Streamlit's AppTest) in a
process of its own. Targets (issue 12): at 100k articles every page median <= 150 ms and max <= 500 ms; at 1M
median <= 1 s, first page <= 3 s, rss_mb <= 1500. Note how busy the machine is (`load`) and how fast
(`machine_speed_ms`, a fixed aggregation timed before the pages): the figures are wall times, and the machine is
shared and drifts.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=2, help="passes over the filter changes")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--store", type=Path, help="store file to build or reuse (default: a temporary file)")
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)  # the serving process
    parser.add_argument("--app", type=Path, help=argparse.SUPPRESS)  # the app's first page, through Streamlit
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        from serving import serve  # imported here: the serving process times its own imports

        print(json.dumps(serve(args.serve, repeat=args.repeat, started=args.started)))
        return
    if args.app:
        print(json.dumps(_app_first_page(args.app, args.started)))
        return
    with tempfile.TemporaryDirectory() as scratch:
        path = args.store or Path(scratch) / "latency.duckdb"
        built = _store(path, args.articles)
        load_before = os.getloadavg()
        speed = _machine_speed_ms()
        served = _child(["--serve", str(path), "--repeat", str(args.repeat)])
        app = _child(["--app", str(path)])
    figures = {
        "articles": args.articles,
        "pages": {
            name: {"median_ms": round(statistics.median(times)), "max_ms": round(max(times))}
            for name, times in served["pages"].items()
        },
        "rss_mb": served["rss_mb"],
        "first_page_ms": served["first_page_ms"],
        "app_first_page_ms": app["first_page_ms"],
        "rows": served["rows"],
        "build_s": built,
        "machine_speed_ms": speed,
        "load": {"before": [round(x, 2) for x in load_before], "after": [round(x, 2) for x in os.getloadavg()]},
        "cpus": os.cpu_count(),
    }
    _report(figures, served)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


def _child(arguments: list[str]) -> dict:
    """Run this script in a new process with the given role; what it printed last, as JSON."""
    started = time.time()
    child = subprocess.run(
        [sys.executable, __file__, *arguments, "--started", str(started)],
        capture_output=True,
        text=True,
        check=True,
        cwd=BENCHMARKS,
    )
    return json.loads(child.stdout.strip().splitlines()[-1])


def _app_first_page(path: Path, started: float) -> dict:
    """The Overview of the real app (app.py through Streamlit's AppTest, sidebar and all) in a new process: the
    milliseconds from the process's start to the page drawn, Streamlit and spaCy imports included."""
    os.environ["DASHBOARD_STORE"] = str(path)
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(BENCHMARKS.parent / "app.py"), default_timeout=900)
    at.run()
    errors = [e.value for e in at.exception] + [e.value for e in at.error]
    if errors or not at.metric:
        raise SystemExit(f"the app's first page failed: {errors}")
    return {"first_page_ms": round((time.time() - started) * 1000)}


def _store(path: Path, n: int) -> float | None:
    """Build the store unless `path` already holds n generated articles; seconds spent building (None: reused)."""
    import duckdb

    if path.exists():
        with duckdb.connect(str(path), read_only=True) as con:
            if con.sql("SELECT count(*) FROM articles").fetchall()[0][0] == n:
                return None
    from generated_store import build

    started = time.perf_counter()
    build(path, n)
    return round(time.perf_counter() - started, 1)


def _machine_speed_ms() -> float:
    """The best of five runs of a fixed aggregation on one DuckDB thread: this machine's speed drifts by a third
    within a day, and runs compare only at the same speed."""
    import duckdb

    with duckdb.connect() as con:
        con.execute("SET threads = 1")
        times = []
        for _ in range(5):
            started = time.perf_counter()
            con.sql("SELECT sum(hash(i) % 1000) FROM range(10000000) t(i)").fetchall()
            times.append((time.perf_counter() - started) * 1000)
    return round(min(times), 1)


def _report(figures: dict, served: dict) -> None:
    rows = ", ".join(f"{n:,} {table}" for table, n in figures["rows"].items())
    print(f"{figures['articles']:,} articles ({rows}); built in {figures['build_s']} s (None: reused)")
    print(f"load average before {figures['load']['before']}, after {figures['load']['after']} ({figures['cpus']} cpus)")
    print(f"machine speed: a fixed DuckDB aggregation took {figures['machine_speed_ms']} ms (lower is faster)")
    print(
        f"first page {figures['first_page_ms']:,} ms after start (the app through Streamlit: "
        f"{figures['app_first_page_ms']:,} ms); peak RSS {figures['rss_mb']:,} MB"
    )
    print(f"{'page':20} {'median ms':>10} {'max ms':>8} {'cpu median':>11}")
    for name, page in figures["pages"].items():
        cpu = statistics.median(served["cpu"][name]) if served["cpu"][name] else 0
        print(f"{name:20} {page['median_ms']:>10,} {page['max_ms']:>8,} {cpu:>11,.0f}")


if __name__ == "__main__":
    main()
