"""Quote figures on the dev corpus: run `python -m dashboard extract` over the dev articles, then score.py.

Prints, against --gold, the quote figures (F1, speaker kind and affiliation accuracy) of the seed and of the 20
business and politics stories apart, and the theme figures of every labelled article; against --attributions, the
PolNeAR figures (quotes F1, precision, recall); plus the time the extract took.

    .venv/bin/python benchmarks/score_dev.py [--shared ../shared] [--out DIR | --extract DIR] [--verbose]

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
    parser.add_argument("--extract", type=Path, help="score this extract instead of making one")
    parser.add_argument("--verbose", action="store_true", help="also list the misses and false hits")
    args = parser.parse_args()

    shared = args.shared.resolve()
    articles, score = shared / "corpus" / "dev" / "articles", shared / "eval" / "score.py"
    for needed in (articles, score):
        if not needed.exists():
            print(f"score_dev: {needed} does not exist; pass --shared with the shared folder", file=sys.stderr)
            return 2
    gold = shared / "corpus" / "dev" / "gold"
    with tempfile.TemporaryDirectory(prefix="score_dev_") as scratch:
        out = args.extract or args.out or Path(scratch) / "extract"
        if not args.extract:
            started = time.perf_counter()
            extract = subprocess.run(
                [sys.executable, "-m", "dashboard", "extract", str(articles), "--out", str(out)],
                cwd=PROJECT_ROOT,
                capture_output=True,
                text=True,
            )
            if extract.returncode != 0:
                print(f"score_dev: extract failed ({extract.returncode}):\n{extract.stderr}", file=sys.stderr)
                return 1
            print(f"extract of {articles}: {time.perf_counter() - started:.1f} s")
        figures = {
            name: _score(score, out, "--gold", _gold_folder(gold, pattern, Path(scratch) / name), args.verbose)
            for name, pattern in GOLD_SETS.items()
        }
        figures["PolNeAR dev"] = _score(
            score, out, "--attributions", shared / "corpus" / "dev" / "attributions.jsonl", args.verbose
        )
    if None in figures.values():
        return 1
    for name in GOLD_SETS:
        q, kind, affiliation = (figures[name][k] for k in ("quotes", "speaker_kind_accuracy", "affiliation_accuracy"))
        print(
            f"{name}: quotes F1 {q['f1']:.3f} (P {q['precision']:.3f} R {q['recall']:.3f}), "
            f"kind accuracy {kind:.3f}, affiliation accuracy {affiliation:.3f}"
        )
    topics = figures["every labelled article"]
    per_theme = ", ".join(f"{theme} {t['f1']:.3f}" for theme, t in topics["topics"].items())
    print(f"themes, every labelled article: macro F1 {topics['topics_macro_f1']:.3f} ({per_theme})")
    q = figures["PolNeAR dev"]["quotes"]
    print(
        f"PolNeAR dev (--attributions): quotes F1 {q['f1']:.3f} (P {q['precision']:.3f} R {q['recall']:.3f}), "
        f"detection recall {figures['PolNeAR dev']['detection_recall']}"
    )
    return 0


#: The gold sets reported apart, by the file names of their gold files.
GOLD_SETS = {
    "seed": "news-23082024-110344.json",
    "20 business and politics stories": "news-20012005-*.json",
    "every labelled article": "*.json",
}


def _gold_folder(gold: Path, pattern: str, folder: Path) -> Path:
    """A scratch folder of links to the gold files of one set (the corpus stays where it lies)."""
    folder.mkdir()
    for path in gold.glob(pattern):
        (folder / path.name).symlink_to(path)
    return folder


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
