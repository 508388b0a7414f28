"""Quote figures on the dev corpus: run `python -m dashboard extract` over the dev articles, then score.py.

Prints the seed figures (quotes F1, speaker kind and affiliation accuracy against --gold) and the PolNeAR
figures (quotes F1, precision, recall against --attributions), plus the time the extract took.

    .venv/bin/python benchmarks/score_dev.py [--shared ../shared] [--out DIR] [--verbose]

The dev corpus is licensed for research use only: it is read where it lies and nothing is copied.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    """Extract, score both gold sets, print the figures; non-zero when a step fails."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--shared",
        type=Path,
        default=PROJECT_ROOT.parent / "shared",
        help="the shared folder with corpus/ and eval/ (default: ../shared next to the project)",
    )
    parser.add_argument("--out", type=Path, help="keep the extract in this folder instead of a temporary one")
    parser.add_argument("--verbose", action="store_true", help="also list the misses and false hits")
    args = parser.parse_args()

    shared = args.shared.resolve()
    articles, score = shared / "corpus" / "dev" / "articles", shared / "eval" / "score.py"
    for needed in (articles, score):
        if not needed.exists():
            print(f"score_dev: {needed} does not exist; pass --shared with the shared folder", file=sys.stderr)
            return 2
    with tempfile.TemporaryDirectory(prefix="score_dev_") as scratch:
        out = args.out or Path(scratch) / "extract"
        started = time.perf_counter()
        extract = subprocess.run(
            [sys.executable, "-m", "dashboard", "extract", str(articles), "--out", str(out)],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - started
        if extract.returncode != 0:
            print(f"score_dev: extract failed ({extract.returncode}):\n{extract.stderr}", file=sys.stderr)
            return 1
        print(f"extract of {articles}: {seconds:.1f} s")
        seed = _score(score, out, "--gold", shared / "corpus" / "dev" / "gold", args.verbose)
        polnear = _score(score, out, "--attributions", shared / "corpus" / "dev" / "attributions.jsonl", args.verbose)
    if seed is None or polnear is None:
        return 1
    q = seed["quotes"]
    print(
        f"seed (--gold): quotes F1 {q['f1']:.3f} (P {q['precision']:.3f} R {q['recall']:.3f}), "
        f"kind accuracy {seed['speaker_kind_accuracy']}, affiliation accuracy {seed['affiliation_accuracy']}"
    )
    q = polnear["quotes"]
    print(
        f"PolNeAR dev (--attributions): quotes F1 {q['f1']:.3f} (P {q['precision']:.3f} R {q['recall']:.3f}), "
        f"detection recall {polnear['detection_recall']}"
    )
    return 0


def _score(script: Path, extract: Path, flag: str, gold: Path, verbose: bool) -> dict | None:
    """The figures score.py writes for one gold set (its misses printed too when verbose)."""
    with tempfile.NamedTemporaryFile(suffix=".json") as figures:
        command = [sys.executable, str(script), "--extract", str(extract), flag, str(gold), "--json", figures.name]
        run = subprocess.run(command + (["--verbose"] if verbose else []), capture_output=True, text=True)
        if run.returncode == 2 or not Path(figures.name).stat().st_size:
            print(f"score_dev: score.py {flag} failed:\n{run.stderr}", file=sys.stderr)
            return None
        result = json.loads(Path(figures.name).read_text(encoding="utf-8"))
    if verbose:
        for kind in ("misses", "false_hits"):
            print(f"{flag} {kind}:", *result.get(kind, []), sep="\n  ")
    return result


if __name__ == "__main__":
    sys.exit(main())
