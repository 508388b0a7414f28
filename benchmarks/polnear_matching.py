"""How much of the PolNeAR miss count is the scorer's pairing, not the extractor: an extract scored twice.

    .venv/bin/python benchmarks/polnear_matching.py --extract OUT --attributions ATTRIBUTIONS.jsonl [--score score.py]

score.py pairs each predicted quote with the gold attribution it overlaps most, over every gold attribution of the
article, in scope or not. A gold attribution of one or two words ("that", "him") overlaps any prediction holding
the word completely, so it can take a prediction that an in-scope attribution also overlaps by half or more; the
in-scope one then counts as not found. This prints the scorer's own figures and those of the same pairing with
in-scope attributions served first (everything else as score.py does it: its word folding, overlap, speaker test),
plus how many in-scope attributions lost their prediction to an out-of-scope one. The scorer is imported from the
shared folder, never copied; nothing here changes what the product extracts.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections import defaultdict
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extract", type=Path, required=True, help="a folder written by `python -m dashboard extract`")
    parser.add_argument("--attributions", type=Path, required=True)
    parser.add_argument("--score", type=Path, default=SHARED / "eval" / "score.py", help="the scorer to borrow from")
    args = parser.parse_args()
    scorer = _load(args.score)
    quotes_of = defaultdict(list)
    for quote in scorer.read_csv(args.extract / "quotes.csv"):
        quotes_of[quote["article_id"]].append(quote)
    golds = [json.loads(line) for line in args.attributions.open(encoding="utf-8") if line.strip()]
    for name, in_scope_first in (("score.py pairing", False), ("in-scope attributions first", True)):
        tp, fp, fn, taken = _count(scorer, golds, quotes_of, in_scope_first)
        precision, recall = tp / (tp + fp), tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall)
        print(
            f"{name:30} F1 {f1:.3f} (P {precision:.3f} R {recall:.3f}); in scope, prediction taken by an "
            f"out-of-scope attribution: {taken}"
        )


def _load(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _count(scorer, golds: list[dict], quotes_of: dict, in_scope_first: bool) -> tuple[int, int, int, int]:
    tp = fp = fn = taken = 0
    for gold in golds:
        predicted, wanted = quotes_of.get(gold.get("id"), []), gold["quotes"]
        said = [scorer.words(q["quote"]) or scorer.words(q["sentence"]) for q in predicted]
        content = [scorer.words(g["content"]) for g in wanted]
        pairs = [(scorer.spans_match(c, s), gi, pi) for gi, c in enumerate(content) for pi, s in enumerate(said)]
        ranked = sorted(((in_scope_first and wanted[gi]["in_scope"], m, gi, pi) for m, gi, pi in pairs), reverse=True)
        gold_hit, pred_hit = {}, {}
        for _, match, gi, pi in ranked:
            if match >= 0.5 and gi not in gold_hit and pi not in pred_hit:
                gold_hit[gi], pred_hit[pi] = pi, gi
        for gi, g in enumerate(wanted):
            if not g["in_scope"]:
                continue
            pi = gold_hit.get(gi)
            if pi is not None and scorer.speaker_agrees(g, predicted[pi]["speaker"]):
                tp += 1
                continue
            fn += 1
            stolen = any(
                m >= 0.5 and not wanted[pred_hit[p]]["in_scope"] for m, i, p in pairs if i == gi and p in pred_hit
            )
            taken += pi is None and stolen
        for pi, quote in enumerate(predicted):
            gi = pred_hit.get(pi)
            if gi is None or wanted[gi]["in_scope"] and not scorer.speaker_agrees(wanted[gi], quote["speaker"]):
                fp += 1
    return tp, fp, fn, taken


if __name__ == "__main__":
    main()
