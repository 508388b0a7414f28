"""How the store shares its DuckDB file: lock facts, write and read costs by store size, and waits under contention.

Run on demand (not a test):  .venv/bin/python benchmarks/store_writes.py [--articles 40] [--sizes 0,1000,5000]
It analyses a few dev-corpus articles once (read from ../shared/corpus, never copied), then stores copies of them
under new ids in a scratch folder, so store sizes are realistic without re-running spaCy.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from dashboard.analysis import Analysed, analyse, load
from dashboard.analysis.themes import load_themes
from dashboard.config import Settings
from dashboard.sources import read_paths
from dashboard.store import Store, StoreBusy

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "articles"

#: A child that holds the file in the given mode until stdin closes.
HOLD = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "ro")
print("holding", flush=True)
sys.stdin.read()
"""

#: A child that writes batches of copies and reports how long each connect waited for the lock.
WRITER = """
import pickle, sys, time
from dashboard.store import Store
import dashboard.store.store as store_module
items, batches = pickle.loads(open(sys.argv[2], "rb").read()), int(sys.argv[3])
store, waits = Store(sys.argv[1]), []
original = store_module.open_file
def timed(*args, **kwargs):
    start = time.perf_counter()
    con = original(*args, **kwargs)
    waits.append(time.perf_counter() - start)
    return con
store_module.open_file = timed
print("ready", flush=True)
for n in range(batches):
    list(store.add_all(item.with_id(f"w{n}-{i}") for i, item in enumerate(items)))
print(" ".join(f"{w:.4f}" for w in waits), flush=True)
"""


def lock_facts(folder: Path) -> None:
    path = folder / "facts.duckdb"
    duckdb.connect(str(path)).close()
    for held in ("rw", "ro"):
        child = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(path), held], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        child.stdout.readline()
        for wanted in ("rw", "ro"):
            try:
                duckdb.connect(str(path), read_only=wanted == "ro").close()
                outcome = "opens"
            except duckdb.Error as err:
                outcome = f"{type(err).__name__}: {str(err).splitlines()[0][:90]}"
            print(f"  other process holds {held}, we open {wanted}: {outcome}")
        child.stdin.close()
        child.wait()
    con = duckdb.connect(str(path))
    try:
        duckdb.connect(str(path), read_only=True)
        outcome = "opens"
    except duckdb.Error as err:
        outcome = f"{type(err).__name__}: {str(err).splitlines()[0][:90]}"
    con.close()
    print(f"  same process holds rw, we open ro: {outcome}")


def copies(items: list[Analysed], prefix: str, n: int) -> list[Analysed]:
    return [items[i % len(items)].with_id(f"{prefix}{i}") for i in range(n)]


def grow(store: Store, items: list[Analysed], target: int) -> None:
    have = store.counts()["articles"]
    list(store.add_all(copies(items, "fill", target)[have:], batch_articles=500))


def costs(store: Store, items: list[Analysed], sizes: list[int], batch: int) -> None:
    print(
        f"  {'articles':>9} {'file MB':>8} {'open+close':>11} {'add_all':>8} {'add x1':>8} {'tables()':>9}"
        f"  (ms, median of 5; add_all: a batch of {batch} incl. open+close; add x1: one article)"
    )
    for size in sizes:
        grow(store, items, size)
        rounds = []
        for r in range(5):
            t0 = time.perf_counter()
            with store.connect():
                pass
            t1 = time.perf_counter()
            list(store.add_all(copies(items, f"s{size}-r{r}-", batch), batch_articles=batch))
            t2 = time.perf_counter()
            store.add(items[0].with_id(f"one{size}-{r}"))
            t3 = time.perf_counter()
            store.tables()
            t4 = time.perf_counter()
            rounds.append((t1 - t0, t2 - t1, t3 - t2, t4 - t3))
        med = [statistics.median(col) * 1000 for col in zip(*rounds, strict=True)]
        print(
            f"  {size:>9} {store.path.stat().st_size / 1e6:>8.1f} {med[0]:>11.1f} {med[1]:>8.1f} {med[2]:>8.1f}"
            f" {med[3]:>9.1f}"
        )


def contention(folder: Path, items: list[Analysed], batches: int, pause: float) -> None:
    """A writer process stores batches while this process reads every table, pausing `pause` s between reads."""
    store = Store(folder / "contention.duckdb")
    grow(store, items, 200)
    pickled = folder / "items.pickle"
    pickled.write_bytes(pickle.dumps(items))
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(store.path), str(pickled), str(batches)], stdout=subprocess.PIPE, text=True
    )
    writer.stdout.readline()
    reads, busy, read_times = 0, 0, []
    start = time.perf_counter()
    while writer.poll() is None:
        t0 = time.perf_counter()
        try:
            store.tables()
            reads += 1
            read_times.append(time.perf_counter() - t0)
        except StoreBusy:
            busy += 1
        time.sleep(pause)
    elapsed = time.perf_counter() - start
    waits = [float(w) for w in writer.stdout.read().split()]
    print(
        f"  reader pause {pause * 1000:>4.0f} ms: {batches} write batches in {elapsed:5.2f} s; writer waited "
        f"median {statistics.median(waits) * 1000:6.1f} ms, max {max(waits) * 1000:7.1f} ms; {reads} reads, "
        f"read median {statistics.median(read_times) * 1000:5.1f} ms, max {max(read_times) * 1000:6.1f} ms, "
        f"{busy} busy"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=16, help="dev articles to analyse once")
    parser.add_argument("--sizes", default="0,1000,5000", help="store sizes (articles) to measure at")
    parser.add_argument("--batch", type=int, default=32, help="articles per write batch")
    args = parser.parse_args()
    settings = Settings.from_env()
    files = sorted(CORPUS.glob("*.txt"))[: args.articles]
    items = list(analyse(read_paths(files), load(settings.spacy_model), load_themes(settings.themes_file)))
    print(f"duckdb {duckdb.__version__}; {len(items)} analysed dev articles copied under new ids")
    with tempfile.TemporaryDirectory(prefix="store-bench-") as tmp:
        folder = Path(tmp)
        print("lock facts:")
        lock_facts(folder)
        print("costs by store size:")
        costs(Store(folder / "sizes.duckdb"), items, [int(s) for s in args.sizes.split(",")], args.batch)
        print("a writer process and a reader in this process:")
        for pause in (0.0, 0.05, 0.5):
            contention(folder, items[:4], batches=20, pause=pause)


if __name__ == "__main__":
    main()
