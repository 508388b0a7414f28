"""Concurrent viewers: N dashboard sessions on a store of generated articles, each changing its sidebar filters for a
while, against a real `streamlit run app.py` server run read-only, as a team's shared server runs.

    .venv/bin/python benchmarks/load_sessions.py [--articles 10000] [--sessions 1 8] [--seconds 60] [--think 0]
                                                 [--store PATH] [--json FILE]

For each number of sessions a fresh server starts (DASHBOARD_READONLY=1), the sessions open the Overview at once,
then each walks its own seeded path of filter changes (themes, speaker kind, a speaker, an entity, a date window, a
word, or clear all), one change after the other with `--think` seconds between, until `--seconds` have passed.
Sessions speak Streamlit's websocket protocol (`streamlit_sessions.py`), so the page time is the server's whole work
for a page (run, serialise, send) without a browser's drawing, and the clients cost the shared 2 cores little.

Reports per phase: page time of the filter changes (p50, p95, max), the first pages, errors (exceptions, error
boxes, runs that never finish: must be 0), pages whose article count is not the one DuckDB counts under that
session's own filters (must be 0), the server's memory (RSS at start, after the first pages, and its peak), and the
machine's load average. The answers are shared by every session, so memory must grow far less than N times.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from generated_store import WORDS, build
from streamlit_sessions import Page, Server, Session

from dashboard import schema, views
from dashboard.store import Store
from dashboard.store.filters import Filters
from dashboard.store.reader import Reader


def walk(options: dict[str, list[str]], seed: int) -> Iterator[Filters]:
    """A viewer's endless path through the filters: each step changes one of them (or clears them all)."""
    rng = random.Random(seed)
    current = Filters()
    while True:
        step = rng.randrange(8)
        if step == 0:
            current = replace(current, themes=tuple(sorted(rng.sample(options["themes"], rng.randint(1, 2)))))
        elif step == 1:
            current = replace(current, kinds=(rng.choice(options["kinds"]),))
        elif step == 2:
            current = replace(current, speakers=(rng.choice(options["speakers"][:40]),))
        elif step == 3:
            current = replace(current, entities=(rng.choice(options["entities"][:40]),))
        elif step == 4:
            since = date(rng.randint(2022, 2024), rng.randint(1, 12), 1)
            current = replace(current, since=since, until=date(since.year + 1, since.month, 1))
        elif step == 5:
            current = replace(current, text=rng.choice(WORDS))
        elif step == 6:
            current = replace(current, themes=())
        else:
            current = Filters()
        yield current


async def browse(session: Session, path: Iterator[Filters], until: float, think: float) -> list[tuple[Filters, Page]]:
    """Change filters one after the other until the deadline; each change with the page it brought."""
    seen = []
    while time.monotonic() < until:
        filters = next(path)
        seen.append((filters, await session.show(filters)))
        await asyncio.sleep(think)
    return seen


async def sessions_at_once(server: Server, n: int, args: argparse.Namespace) -> tuple[list, float, list]:
    """Open n sessions at once, then let each browse for `args.seconds`: their first pages, the server's memory once
    they are open, and their filter changes."""
    sessions = [Session(server.url) for _ in range(n)]
    try:
        firsts = await asyncio.gather(*(s.open() for s in sessions))
        opened_mb = server.rss_mb()
        until = time.monotonic() + args.seconds
        paths = [walk(firsts[0].options, args.seed + i) for i in range(n)]
        changes = await asyncio.gather(*(browse(s, p, until, args.think) for s, p in zip(sessions, paths, strict=True)))
    finally:
        await asyncio.gather(*(s.close() for s in sessions))
    return firsts, opened_mb, changes


def wrong_counts(path: Path, pages: list[list[tuple[Filters, Page]]]) -> list[str]:
    """Pages (each session's, with the filters it asked them under) whose article count is not DuckDB's count under
    the session's own filters."""
    reader, expected, wrong = Reader(path), {}, []
    for i, seen in enumerate(pages):
        for filters, page in seen:
            if page.errors:
                continue
            if filters not in expected:
                with reader.connect(filters) as con:
                    expected[filters] = views.article_count(con)
            if page.articles() != expected[filters]:
                wrong.append(f"session {i}: {filters} showed {page.articles()}, not {expected[filters]}")
    reader.close()
    return wrong


def phase(path: Path, n: int, args: argparse.Namespace, log: Path) -> dict:
    """One fresh read-only server and n sessions on it: the figures of one line of the report."""
    server = Server({"DASHBOARD_STORE": str(path), "DASHBOARD_READONLY": "1"}, log)
    try:
        rss_start, load_before = server.rss_mb(), os.getloadavg()
        began_cpu = time.process_time()
        firsts, opened_mb, changes = asyncio.run(sessions_at_once(server, n, args))
        client_cpu = time.process_time() - began_cpu
        rss_end, peak = server.rss_mb(), server.peak_mb()
    finally:
        server.stop()
    times = sorted(page.seconds * 1000 for seen in changes for _, page in seen)
    errors = [e for page in firsts for e in page.errors] + [e for seen in changes for _, p in seen for e in p.errors]
    wrong = wrong_counts(path, [[(Filters(), first), *seen] for first, seen in zip(firsts, changes, strict=True)])
    percentile = statistics.quantiles(times, n=100, method="inclusive") if len(times) > 1 else times * 99
    return {
        "sessions": n,
        "changes": len(times),
        "changes_per_session": [len(seen) for seen in changes],
        "p50_ms": round(percentile[49]),
        "p95_ms": round(percentile[94]),
        "max_ms": round(times[-1]) if times else None,
        "first_page_ms": [round(page.seconds * 1000) for page in firsts],
        "errors": len(errors),
        "error_examples": errors[:5],
        "wrong_content": len(wrong),
        "wrong_examples": wrong[:5],
        "rss_start_mb": round(rss_start),
        "rss_after_first_pages_mb": round(opened_mb),
        "rss_end_mb": round(rss_end),
        "rss_peak_mb": round(peak),
        "client_cpu_s": round(client_cpu, 1),
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()],
    }


def ensure_store(path: Path, n: int) -> None:
    """Build the store of n generated articles unless `path` already holds one."""
    if not (path.exists() and Store(path).counts()[schema.ARTICLES] == n):
        build(path, n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--sessions", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long every session changes filters")
    parser.add_argument("--think", type=float, default=0.0, help="seconds a session waits between two changes")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--store", type=Path, help="store file to build or reuse (default: a temporary file)")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        path = args.store or Path(scratch) / "load.duckdb"
        ensure_store(path, args.articles)
        phases = [phase(path, n, args, Path(scratch) / f"server-{n}.log") for n in args.sessions]
    figures = {"articles": args.articles, "seconds": args.seconds, "think": args.think, "cpus": os.cpu_count()}
    figures["phases"] = phases
    print(
        f"{args.articles:,} articles, {args.seconds:g} s of filter changes, think {args.think:g} s, "
        f"{os.cpu_count()} cpus"
    )
    for p in phases:
        print(
            f"{p['sessions']} session(s): {p['changes']} changes, page p50 {p['p50_ms']} ms, p95 {p['p95_ms']} ms, "
            f"max {p['max_ms']} ms; first pages {p['first_page_ms']} ms; errors {p['errors']}, wrong content "
            f"{p['wrong_content']}; server RSS {p['rss_start_mb']} MB at start, {p['rss_after_first_pages_mb']} MB "
            f"after the first pages, {p['rss_end_mb']} MB at the end, "
            f"peak {p['rss_peak_mb']} MB; load {p['load_before']} -> {p['load_after']}"
        )
        for example in p["error_examples"] + p["wrong_examples"]:
            print(f"  {example}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=str) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
