"""Theme scores against the dev gold, fast enough to tune a themes file: parse once, score many times.

    .venv/bin/python benchmarks/topics_dev.py [--themes FILE] [--half even|odd] [--verbose] [--show THEME] [--fit]

Whole articles are scored, as the pipeline does, so a paragraph is read in its article's context. Parsed
paragraphs are cached (DocBin) under --cache, so a second run only re-scores. The figures follow
../shared/eval/score.py (a label only one annotator gave is neither rewarded nor penalised) and are given for
every set: all, the even and the odd half of the gold files, the 38 articles added last and the 37 before (with
the seed). --fit calibrates each theme's threshold and context weights on each half (the other half checks them),
on the worse of the two halves (the choice that generalises) and on all, beside the file's own. The corpus is read
from ../shared, never copied.
"""

from __future__ import annotations

import argparse
import itertools
import time
from pathlib import Path

from topics_gold import GoldArticle, gold_articles, subsets

from dashboard.analysis.themes import ThemeScore, labels, load_themes
from dashboard.analysis.themes.context import ContextWeights, lifts
from dashboard.analysis.themes.continuation import carried, reference, themed
from dashboard.analysis.themes.subjects import subject_words
from dashboard.config import Settings

TOPICS = ("trade", "military", "diplomacy")
GRID = {
    "threshold": (0.9, 1.0, 1.1, 1.25, 1.4),  # times the file's threshold
    "article": (0.0, 0.2, 0.4, 0.6, 0.8, 1.0),
    "section": (0.0, 0.2, 0.4),
    "neighbours": (0.0, 0.15, 0.3, 0.5),
    "floor": (0.0, 0.1, 0.25, 0.4, 0.6),
    "title": (0.0, 0.5, 1.0),
}

Counts = list[int]  # true positives, false positives, false negatives


def count(articles: list[GoldArticle], verdicts: dict[str, list[list[bool]]], theme: str) -> Counts:
    """Gold agreement of one theme's labels over the labelled paragraphs of the articles."""
    tp = fp = fn = 0
    for article in articles:
        got_labels = verdicts[article.article_id]
        for index, (want, maybe) in article.gold.items():
            if theme in maybe:
                continue
            got, wanted = got_labels[index][TOPICS.index(theme)], theme in want
            tp, fp, fn = tp + (got and wanted), fp + (got and not wanted), fn + (wanted and not got)
    return [tp, fp, fn]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def report(articles: list[GoldArticle], verdicts: dict[str, list[list[bool]]]) -> None:
    """Macro F1 and P/R/F1 per theme for every set."""
    for name, part in subsets(articles).items():
        cells, macro = [], 0.0
        for theme in TOPICS:
            p, r, f = prf(*count(part, verdicts, theme))
            macro += f / len(TOPICS)
            cells.append(f"{theme} P {p:.2f} R {r:.2f} F1 {f:.3f}")
        labelled = sum(len(a.gold) for a in part)
        print(f"{name:12} {len(part):2} articles {labelled:3} paragraphs  macro {macro:.3f} | " + " | ".join(cells))


def show(articles: list[GoldArticle], scored: dict[str, list[list[ThemeScore]]], theme: str, everything: bool) -> None:
    """The misses and false hits of a theme (or every paragraph of it) with the terms and context behind them."""
    for article in articles:
        for index, (want, maybe) in sorted(article.gold.items()):
            s = scored[article.article_id][index][TOPICS.index(theme)]
            wanted = theme in want
            if not everything and (theme in maybe or wanted == s.label):
                continue
            tag = (
                "opt  "
                if theme in maybe
                else "MISS "
                if wanted and not s.label
                else "FALSE"
                if s.label and not wanted
                else "ok   "
            )
            print(f"[{tag} {theme[:4]} {s.score:4.1f}] {article.article_id} #{index} | {article.sections[index][:30]}")
            print(f"    {article.texts[index][:300]}\n    -> {s.explained()}")


def fit(articles: list[GoldArticle], themes) -> None:
    """Per theme, the threshold and context weights with the best F1 on one half, checked on the other; those whose
    worse half is best (the choice that generalises); those that fit all; and the file's own, to compare."""
    own = {
        a.article_id: [themes.score(d, section=s) for d, s in zip(a.docs, a.sections, strict=True)] for a in articles
    }
    titles = {a.article_id: themes.score_text(a.title) for a in articles}
    references = {
        a.article_id: [(reference(d), bool(labels(s))) for d, s in zip(a.docs, own[a.article_id], strict=True)]
        for a in articles
    }
    for i, theme in enumerate(themes.themes):
        if theme.name not in TOPICS:
            continue
        columns = {
            a.article_id: (
                [scores[i].score for scores in own[a.article_id]],
                titles[a.article_id][i],
                [
                    themed(carried(told, labelled, scores[i].terms), subject_words(theme))
                    for (told, labelled), scores in zip(references[a.article_id], own[a.article_id], strict=True)
                ],
            )
            for a in articles
        }
        results = [(combo, f1s(articles, columns, theme, combo)) for combo in itertools.product(*GRID.values())]
        c = theme.context
        file_own = (1.0, c.article, c.section, c.neighbours, c.floor, c.title)
        rows = [("file's own", file_own, f1s(articles, columns, theme, file_own))]
        for fitted in ("even", "odd", "worse half", "all"):
            combo, f = max(results, key=lambda item: (round(_on(item[1], fitted), 3), -sum(item[0][1:])))
            rows.append((f"fit on {fitted}", combo, f))
        print(f"{theme.name} (file threshold {theme.threshold})")
        for name, combo, f in rows:
            settings = ", ".join(f"{key} {value}" for key, value in zip(GRID, combo, strict=True))
            print(
                f"  {name:17} {settings}: F1 even {f['even']:.3f}, odd {f['odd']:.3f}, all {f['all']:.3f}, "
                f"new 38 {f['new 38']:.3f}"
            )


def f1s(
    articles: list[GoldArticle], columns: dict[str, tuple[list[float], float, list]], theme, combo: tuple[float, ...]
) -> dict[str, float]:
    """One theme's F1 per set with a threshold (times the file's) and context weights, from its own scores; how far
    a paragraph that refers back is carried (`continued`) stays the file's."""
    weights = ContextWeights(*combo[1:], continued=theme.context.continued)
    threshold, k = theme.threshold * combo[0], TOPICS.index(theme.name)
    verdicts = {}
    for a in articles:
        column, title, told = columns[a.article_id]
        added = lifts(column, threshold, a.sections, title, weights, told)
        verdicts[a.article_id] = [
            [score + lift.added >= threshold if j == k else False for j in range(len(TOPICS))]
            for score, lift in zip(column, added, strict=True)
        ]
    sets = subsets(articles)
    return {name: prf(*count(sets[name], verdicts, theme.name))[2] for name in ("all", "even", "odd", "new 38")}


def _on(f: dict[str, float], fitted: str) -> float:
    """The F1 a fit maximises: of one set, or the worse of the two halves."""
    return min(f["even"], f["odd"]) if fitted == "worse half" else f[fitted]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--themes", type=Path, default=Settings.from_env().themes_file)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/topics_dev_cache"))
    ap.add_argument("--half", choices=["even", "odd"])
    ap.add_argument("--verbose", action="store_true", help="list misses and false hits with their terms")
    ap.add_argument("--show", help="list every labelled paragraph of this theme with gold and predicted label")
    ap.add_argument("--fit", action="store_true", help="calibrate thresholds and context weights per theme")
    args = ap.parse_args()

    articles = gold_articles(args.cache, Settings.from_env().spacy_model)
    if args.half:
        articles = [a for a in articles if a.half == args.half]
    themes = load_themes(args.themes)
    if args.fit:
        fit(articles, themes)
        return
    start = time.perf_counter()
    scored = {a.article_id: themes.score_article(a.docs, a.sections, a.title) for a in articles}
    elapsed = time.perf_counter() - start
    order = [t.name for t in themes.themes]
    verdicts = {
        aid: [[s[order.index(t)].label if t in order else False for t in TOPICS] for s in paragraphs]
        for aid, paragraphs in scored.items()
    }
    for theme in TOPICS if args.verbose else [args.show] if args.show else []:
        show(articles, scored, theme, everything=bool(args.show))
    report(articles, verdicts)
    n = sum(len(a.texts) for a in articles)
    print(f"scoring {n} paragraphs took {elapsed * 1000:.0f} ms ({elapsed / max(n, 1) * 1e6:.0f} us a paragraph)")


if __name__ == "__main__":
    main()
