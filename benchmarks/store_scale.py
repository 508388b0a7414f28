"""The store at archive scale: dashboard query times with 1 million quotes and 10 million entity rows.

    .venv/bin/python benchmarks/store_scale.py [--store PATH] [--quotes N] [--entities N] [--rebuild]

Builds (once; reused unless --rebuild) a DuckDB store of generated rows, inserted in bulk by DuckDB itself:
per article 10 quotes, 100 entity mentions, 12 paragraphs with 3 theme rows each; speakers and entities
drawn with a skew so a few are frequent, as in news. Then reports what reading whole tables costs:
`Store.tables()` (time and memory) and `filters.apply` for typical filters, next to the same
filters compiled to DuckDB SQL (`Reader.filtered_tables`, which reads only the kept rows but returns them
whole: the pages read aggregates and one page of rows instead, see `dashboard_latency.py`). The store's keys
(`store.keys`) are left empty here, so the pages cannot be timed on it.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from dashboard import schema
from dashboard.store import Store
from dashboard.store.filters import Filters

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the pandas statement of the filters, kept with the tests
from tests.oracle import apply  # noqa: E402

PARAGRAPHS_PER_ARTICLE = 12
THEMES = ("trade", "military", "diplomacy")
T = TypeVar("T")
WORDS = ("tariff", "harbour", "grain", "naval", "summit", "sanction", "pipeline", "election")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, default=Path("/tmp/dashboard-scale/scale.duckdb"))
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--entities", type=int, default=10_000_000)
    parser.add_argument("--rebuild", action="store_true", help="generate the store again even if it exists")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (the median is shown)")
    args = parser.parse_args()
    store = Store(args.store)
    if args.rebuild or not args.store.exists():
        seconds = timed(lambda: build(store, quotes=args.quotes, entities=args.entities))
        print(f"built {args.store} in {seconds:.1f} s ({args.store.stat().st_size / 2**20:.0f} MiB)")
    print("rows: " + ", ".join(f"{n:,} {t}" for t, n in store.counts().items()))
    report(store, repeat=args.repeat)


def build(store: Store, *, quotes: int, entities: int) -> None:
    """Generate and bulk-insert the rows of every table."""
    articles = max(1, quotes // 10)
    per_article = max(1, entities // articles)
    paragraphs = articles * PARAGRAPHS_PER_ARTICLE
    themes = _sql_list(THEMES)
    words = _sql_list(WORDS)
    aid = "'news-' || lpad(({a})::VARCHAR, 9, '0')"
    u = "((hash({i}) % 1000003) / 1000003.0)"  # a repeatable uniform draw per row
    speaker, kind = "'Speaker ' || s", "['analyst', 'official', 'institution', 'unnamed', 'other'][1 + s % 5]"
    statements = {
        schema.ARTICLES: f"""
            SELECT {aid.format(a="i")}, 'Generated article ' || i,
                   TIMESTAMP '2015-01-01' + to_days((i % 3650)::INTEGER) + to_seconds((i * 7919) % 86400),
                   'source-' || (i % 25), 'gen/' || i || '.txt', 600, TIMESTAMP '2026-01-01', md5(i::VARCHAR)[:16]
            FROM range({articles}) t(i)""",
        schema.PARAGRAPHS: f"""
            SELECT {aid.format(a=f"i // {PARAGRAPHS_PER_ARTICLE}")}, (i % {PARAGRAPHS_PER_ARTICLE})::INTEGER,
                   'Section ' || (i % {PARAGRAPHS_PER_ARTICLE} // 4),
                   'Paragraph ' || i || ' on the ' || {words}[1 + i % 8] || ' talks, said officials in city '
                       || (i % 997) || '.',
                   CASE i % 5 WHEN 0 THEN 'trade' WHEN 1 THEN 'military' WHEN 2 THEN 'trade;diplomacy'
                              ELSE '' END,
                   ''
            FROM range({paragraphs}) t(i)""",
        schema.PARAGRAPH_TOPICS: f"""
            SELECT {aid.format(a=f"i // 3 // {PARAGRAPHS_PER_ARTICLE}")},
                   (i // 3 % {PARAGRAPHS_PER_ARTICLE})::INTEGER, {themes}[1 + i % 3],
                   round({u.format(i="i")} * 6, 2), {u.format(i="i")} > 0.6, {words}[1 + i % 8]
            FROM range({paragraphs * 3}) t(i)""",
        schema.ENTITIES: f"""
            SELECT {aid.format(a=f"i // {per_article}")}, (i % {PARAGRAPHS_PER_ARTICLE})::INTEGER,
                   'Entity ' || e, ['PERSON', 'ORG', 'GPE', 'NORP'][1 + e % 4], 'Entity ' || e,
                   (i % 50)::INTEGER, (i % 50 + 12)::INTEGER
            FROM (SELECT i, floor(pow({u.format(i="i")}, 3) * 50000)::INTEGER AS e
                  FROM range({articles * per_article}) t(i))""",
        schema.QUOTES: f"""
            SELECT {aid.format(a="i // 10")} || ':q' || (i % 10 + 1), {aid.format(a="i // 10")},
                   (i % {PARAGRAPHS_PER_ARTICLE})::INTEGER, {speaker}, {kind}, 'Org ' || (s % 300),
                   'role ' || (s % 40), 'say',
                   'We will discuss the ' || {words}[1 + i % 8] || ' question ' || i, 'Full sentence ' || i,
                   i % 3 = 0, CASE i % 4 WHEN 0 THEN 'trade' WHEN 1 THEN 'military' ELSE '' END,
                   0, 40, {speaker}, {kind}, 'role ' || (s % 40), 'Org ' || (s % 300),
                   'article', 'article', 'article', 'article'
            FROM (SELECT i, floor(pow({u.format(i="i")}, 3) * 20000)::INTEGER AS s FROM range({quotes}) t(i))""",
    }
    store.path.parent.mkdir(parents=True, exist_ok=True)
    with store.connect() as con:
        for table, select in statements.items():
            con.execute(f"DELETE FROM {table}")
            columns = ", ".join(schema.COLUMNS[table])
            con.execute(f"INSERT INTO {table} ({columns}) {select}")
        con.execute("CHECKPOINT")


def report(store: Store, *, repeat: int) -> None:
    """Load time and memory of Store.tables(), then each typical filter in pandas and pushed down to SQL."""
    from dashboard.store.reader import Reader

    before = _peak_mb()
    start = time.perf_counter()
    tables = store.tables()
    load = time.perf_counter() - start
    frame_mb = sum(df.memory_usage(deep=True).sum() for df in tables.values()) / 2**20
    print(f"Store.tables(): {load:.1f} s, frames {frame_mb:,.0f} MiB, peak RSS {before:,.0f} -> {_peak_mb():,.0f} MiB")
    top_speaker = tables[schema.QUOTES]["speaker"].value_counts().index[0]
    top_entity = tables[schema.ENTITIES]["canonical"].value_counts().index[0]
    cases = {
        "no filter": Filters(),
        "theme=trade": Filters(themes=("trade",)),
        f"speaker={top_speaker}": Filters(speakers=(top_speaker,)),
        "kind=analyst": Filters(kinds=("analyst",)),
        f"entity={top_entity}": Filters(entities=(top_entity,)),
        "one month": Filters(since=date(2020, 3, 1), until=date(2020, 3, 31)),
        "text=tariff": Filters(text="tariff"),
        "theme+month+kind": Filters(
            themes=("military",), kinds=("official",), since=date(2020, 3, 1), until=date(2020, 3, 31)
        ),
    }
    print(f"{'filter':<28}{'apply s':>9}{'SQL s':>8}{'quotes kept':>13}{'entities kept':>15}")
    for name, f in cases.items():
        pandas_s, kept = _median(lambda f=f: apply(tables, f), repeat)
        sql_s, pushed = _median(lambda f=f: Reader(store.path).filtered_tables(f), repeat)
        same = all(len(pushed[t]) == len(kept[t]) for t in kept)
        print(
            f"{name:<28}{pandas_s:>9.2f}{sql_s:>8.2f}{len(kept[schema.QUOTES]):>13,}"
            f"{len(kept[schema.ENTITIES]):>15,}" + ("" if same else "  (row counts differ!)")
        )
    print(f"peak RSS of this process: {_peak_mb():,.0f} MiB")


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _median(run: Callable[[], T], repeat: int) -> tuple[float, T]:
    """The median time of `repeat` runs, and what the last run returned."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _sql_list(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(f"'{v}'" for v in values) + "]"


if __name__ == "__main__":
    main()
