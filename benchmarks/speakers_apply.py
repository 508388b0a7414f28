"""Applying an edited speakers file to a large store (`python -m dashboard speakers`), against reading its quotes.

    .venv/bin/python benchmarks/speakers_apply.py [--store PATH] [--quotes N] [--pinned N] [--rebuild]

Builds (once; reused unless --rebuild) the generated store of store_scale.py with N quotes (default 1 million, 20,000
speakers drawn with a skew, few entity rows), then times `apply_speaker_file` with a file pinning the most quoted
speakers (kind, role, affiliation and an alias each): applied to a store that follows no file, the same file again
(nothing changes), and a file with no entry (every quote back to what its article said, checked). Beside each, the
ratio to reading the quotes table once (`Store.table`) in the same run.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from store_scale import build, timed

from dashboard import schema
from dashboard.analysis.speaker_file import FIELDS, NO_SPEAKERS, PinnedSpeaker, SpeakerFile
from dashboard.store import Store
from dashboard.store.speakers import apply_speaker_file

SHOWN = [column for shown, _, source in FIELDS for column in (shown, source)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, default=Path("/tmp/dashboard-scale/speakers.duckdb"))
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--pinned", type=int, default=200, help="speakers the file pins (the most quoted)")
    parser.add_argument("--rebuild", action="store_true", help="generate the store again even if it exists")
    args = parser.parse_args()
    store = Store(args.store)
    if args.rebuild or not args.store.exists():
        seconds = timed(lambda: build(store, quotes=args.quotes, entities=args.quotes // 10))
        print(f"built {args.store} in {seconds:.1f} s")
    start = time.perf_counter()
    before = store.table(schema.QUOTES)
    read = time.perf_counter() - start
    print(f"{len(before):,} quotes, {before['speaker'].nunique():,} speakers; reading them: {read:.2f} s")
    top = before["speaker"].value_counts().index[: args.pinned]
    pinned = SpeakerFile(
        PinnedSpeaker(name, (f"Dr. {name} Jr.",), "official", "minister", f"Ministry {n}") for n, name in enumerate(top)
    )
    print(f"{'apply':<34}{'seconds':>9}{'x read':>8}{'changed':>12}{'pinned':>12}")
    for label, speakers in (
        (f"{args.pinned} speakers pinned", pinned),
        ("the same file again", pinned),
        ("no entry (all restored)", NO_SPEAKERS),
    ):
        start = time.perf_counter()
        done = apply_speaker_file(store, speakers)
        seconds = time.perf_counter() - start
        print(f"{label:<34}{seconds:>9.2f}{seconds / read:>8.1f}{done.changed:>12,}{sum(done.pinned.values()):>12,}")
    after = store.table(schema.QUOTES)
    restored = after[SHOWN].equals(before[SHOWN]) if len(after) == len(before) else False
    print(f"restored exactly: {'yes' if restored else 'NO'}")


if __name__ == "__main__":
    main()
