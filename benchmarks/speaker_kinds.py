"""Speaker kinds against gold: a confusion table (gold kind x predicted kind) of the quotes an extract finds.

Quotes are matched as score.py matches them (the gold anchor inside the predicted quote or sentence, the speakers
equal once titles and case are folded away); required gold quotes the extract misses count under "missed".

    .venv/bin/python benchmarks/speaker_kinds.py --extract OUT --gold ../shared/corpus/dev/gold [--verbose]

`--verbose` also lists each matched quote whose kind, affiliation or role differs from the gold. The corpus is
licensed for research use only: it is read where it lies and nothing is copied.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType

PROJECT_ROOT = Path(__file__).resolve().parents[1]
KINDS = ("analyst", "official", "institution", "unnamed", "other")
MISSED = "missed"


def main() -> int:
    """Print the confusion table (and the differences when verbose); non-zero on bad input."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--extract", type=Path, required=True, help="a folder with articles.csv and quotes.csv")
    parser.add_argument("--gold", type=Path, required=True, help="a folder of gold JSON files with quotes")
    parser.add_argument(
        "--score",
        type=Path,
        default=PROJECT_ROOT.parent / "shared" / "eval" / "score.py",
        help="the scorer whose matching rules are used (default: ../shared/eval/score.py)",
    )
    parser.add_argument("--verbose", action="store_true", help="list matched quotes whose profile differs")
    args = parser.parse_args()
    for needed in (args.extract / "quotes.csv", args.extract / "articles.csv", args.gold, args.score):
        if not needed.exists():
            print(f"speaker_kinds: {needed} does not exist", file=sys.stderr)
            return 2
    score = _load(args.score)
    pairs, differences = match(score, args.extract, args.gold)
    print(table(pairs))
    if args.verbose:
        print(*differences, sep="\n")
    return 0


def match(score: ModuleType, extract: Path, gold_dir: Path) -> tuple[Counter, list[str]]:
    """(gold kind, predicted kind or "missed") counts over the required gold quotes, and the profile differences."""
    article_of = {score.fold(a["title"]): a["article_id"] for a in _rows(extract / "articles.csv")}
    quotes_of: dict[str, list[dict]] = defaultdict(list)
    for q in _rows(extract / "quotes.csv"):
        quotes_of[q["article_id"]].append(q)
    pairs: Counter = Counter()
    differences = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        predicted = quotes_of.get(article_of.get(score.fold(gold.get("title", ""))), [])
        used: set[int] = set()
        for want in gold.get("quotes", []):
            anchor, who = score.fold(want["anchor"]), score.speaker_key(want["speaker"])
            found = next(
                (
                    i
                    for i, q in enumerate(predicted)
                    if i not in used
                    and (anchor in score.fold(q["quote"]) or anchor in score.fold(q["sentence"]))
                    and score.speaker_key(q["speaker"]) == who
                ),
                None,
            )
            if found is not None:
                used.add(found)
            if want.get("optional"):
                continue
            got = predicted[found] if found is not None else None
            pairs[want["kind"], got["speaker_kind"] if got else MISSED] += 1
            if got is not None and (diff := _difference(score, want, got)):
                differences.append(f"{path.stem} | {want['speaker'] or want['role']} | {diff}")
    return pairs, differences


def table(pairs: Counter) -> str:
    """The confusion table as Markdown: one row per gold kind, one column per predicted kind and the misses."""
    columns = [*KINDS, MISSED]
    lines = [
        "| gold \\ predicted | " + " | ".join(columns) + " | accuracy |",
        "| --- |" + " ---: |" * (len(columns) + 1),
    ]
    for kind in KINDS:
        found = sum(pairs[kind, c] for c in KINDS)
        accuracy = f"{pairs[kind, kind] / found:.2f}" if found else "-"
        lines.append(f"| {kind} | " + " | ".join(str(pairs[kind, c]) for c in columns) + f" | {accuracy} |")
    found = sum(pairs[g, p] for g in KINDS for p in KINDS)
    right = sum(pairs[k, k] for k in KINDS)
    lines.append(f"\nkind accuracy on matched quotes: {right}/{found}" + (f" = {right / found:.3f}" if found else ""))
    return "\n".join(lines)


def _difference(score: ModuleType, want: dict, got: dict) -> str:
    """What differs between a gold quote's profile and the matched prediction ("" when nothing does)."""
    said = []
    if got["speaker_kind"] != want["kind"]:
        said.append(f"kind {want['kind']} got {got['speaker_kind']}")
    gold_aff, got_aff = score.fold(want.get("affiliation", "")), score.fold(got.get("affiliation", ""))
    if gold_aff and not (got_aff and (got_aff in gold_aff or gold_aff in got_aff)):
        said.append(f"affiliation {want['affiliation']!r} got {got.get('affiliation', '')!r}")
    if score.fold(want.get("role", "")) != score.fold(got.get("role", "")):
        said.append(f"role {want.get('role', '')!r} got {got.get('role', '')!r}")
    return "; ".join(said)


def _rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _load(path: Path) -> ModuleType:
    """The scorer as a module, so this table matches quotes exactly as the figures do."""
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    sys.exit(main())
