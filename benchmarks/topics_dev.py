"""Theme scores against the dev gold, fast enough to tune a themes file: parse once, score many times.

    .venv/bin/python benchmarks/topics_dev.py [--themes FILE] [--half even|odd] [--verbose] [--show THEME]

Parsed paragraphs are cached (DocBin) under --cache, so a second run only re-scores. The figures follow
../shared/eval/score.py (a label only one annotator gave is neither rewarded nor penalised); --half keeps every
other gold article, to tune on one half and check on the other. The corpus is read from ../shared, never copied.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from spacy.tokens import DocBin

from dashboard.analysis import load
from dashboard.analysis.themes import load_themes
from dashboard.config import Settings
from dashboard.sources import read_paths

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
TOPICS = ("trade", "military", "diplomacy")


def fold(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"').split()).casefold()


def gold_paragraphs(cache: Path, model: str) -> list[dict]:
    """Every gold paragraph with its text, section, labels and parsed Doc (parsed once, then cached)."""
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((CORPUS / "gold").glob("*.json"))]
    articles = {}
    for article in read_paths([CORPUS / "articles"]):
        if hasattr(article, "paragraphs"):
            articles[article.article_id] = article
            articles[fold(article.title)] = article
    rows = []
    for n, gold in enumerate(golds):
        article = articles.get(gold.get("id")) or articles[fold(gold["title"])]
        for gp in gold["paragraphs"]:
            para = next(p for p in article.paragraphs if fold(p.text).startswith(fold(gp["starts"])))
            rows.append(
                {
                    "article": n,
                    "id": gold.get("id"),
                    "text": para.text,
                    "section": para.section,
                    "want": set(gp["topics"]),
                    "maybe": set(gp.get("optional", [])),
                }
            )
    nlp = load(model)
    path = cache / f"gold-{model}.spacy"
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe([r["text"] for r in rows]))
        cache.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(path)
    for row, doc in zip(rows, docs, strict=True):
        row["doc"] = doc
    return rows


def f1(rows: list[dict], scored: list, theme: str, threshold: float) -> float:
    tp = fp = fn = 0
    for row, scores in zip(rows, scored, strict=True):
        if theme in row["maybe"]:
            continue
        got = any(s.theme == theme and s.score >= threshold for s in scores)
        want = theme in row["want"]
        tp, fp, fn = tp + (want and got), fp + (got and not want), fn + (want and not got)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def sweep(rows: list[dict], scored: list) -> None:
    """F1 per theme and threshold on the even and the odd half of the articles, to see how stable a choice is."""
    halves = {"even": [], "odd": []}
    for row, scores in zip(rows, scored, strict=True):
        halves["odd" if row["article"] % 2 else "even"].append((row, scores))
    for theme in TOPICS:
        print(theme)
        for threshold in (1.0, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5, 3.0):
            cells = [
                f"{name} {f1([r for r, _ in part], [s for _, s in part], theme, threshold):.3f}"
                for name, part in halves.items()
            ]
            print(f"  >= {threshold:4}: all {f1(rows, scored, theme, threshold):.3f}  " + "  ".join(cells))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--themes", type=Path, default=Settings.from_env().themes_file)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/topics_dev_cache"))
    ap.add_argument("--half", choices=["even", "odd"])
    ap.add_argument("--verbose", action="store_true", help="list misses and false hits with their terms")
    ap.add_argument("--show", help="list every paragraph of this theme with gold and predicted label")
    ap.add_argument("--sweep", action="store_true", help="F1 of each theme at other thresholds, on each half")
    args = ap.parse_args()

    rows = gold_paragraphs(args.cache, Settings.from_env().spacy_model)
    if args.half:
        rows = [r for r in rows if r["article"] % 2 == (args.half == "odd")]
    themes = load_themes(args.themes)
    start = time.perf_counter()
    scored = [themes.score(r["doc"], section=r["section"]) for r in rows]
    elapsed = time.perf_counter() - start

    if args.sweep:
        sweep(rows, scored)
    counts = {t: [0, 0, 0] for t in TOPICS}
    for row, scores in zip(rows, scored, strict=True):
        by_theme = {s.theme: s for s in scores}
        for t in TOPICS:
            s = by_theme.get(t)
            got = bool(s and s.label)
            if t in row["maybe"]:
                if args.show == t:
                    print(f"[opt  {got:d} {s.score if s else 0:4.1f}] {row['id']} {row['text'][:240]}\n     {s.terms}")
                continue
            want = t in row["want"]
            counts[t][0 if want and got else 1 if got else 2 if want else 2] += want or got
            if args.show == t or (args.verbose and want != got):
                tag = "MISS" if want and not got else "FALSE" if got and not want else "ok  "
                print(
                    f"[{tag} {t[:4]} {s.score if s else 0:4.1f}] {row['id']} | {row['section'][:30]} | "
                    f"{row['text'][:300]}\n      terms: {s.terms if s else ()}"
                )
    macro = 0.0
    for t, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        macro += f / len(TOPICS)
        print(f"{t:10} tp {tp:3} fp {fp:3} fn {fn:3}  P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print(
        f"macro F1 {macro:.3f} over {len(rows)} paragraphs; scoring took {elapsed * 1000:.1f} ms "
        f"({elapsed / max(len(rows), 1) * 1e6:.0f} us a paragraph)"
    )


if __name__ == "__main__":
    main()
