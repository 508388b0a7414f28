"""Per page, the time to recompute its data and figures after a filter change, on a store of generated articles.

    .venv/bin/python benchmarks/dashboard_latency.py [--articles 10000] [--repeat 5] [--store PATH]

Builds a DuckDB store of N generated articles (8 paragraphs, 3 themes, ~12 entity mentions and 3 quotes each,
Zipf-distributed names), reads it back with Store.tables() (what the app caches once per store version), then
for a cycle of filter changes times what a rerun of each page computes outside the cache: filters.apply, the
page's views and its plotly figures (no Streamlit). Reports the median and the worst per page. Target: a
median <= 250 ms at 10,000 articles.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from dashboard import schema, views
from dashboard.analysis.speaker_file import FIELDS, FROM_ARTICLE
from dashboard.store import Store
from dashboard.store.filters import Filters
from dashboard.views import charts, graph, reading
from dashboard.views.filters import apply

THEMES = ("trade", "military", "diplomacy")
KINDS = ("analyst", "official", "institution", "unnamed", "other")
WORDS = [
    "port",
    "fees",
    "grain",
    "corridor",
    "talks",
    "trade",
    "export",
    "sanction",
    "military",
    "drill",
    "navy",
    "patrol",
    "summit",
    "minister",
    "visit",
    "treaty",
    "economy",
    "bank",
    "currency",
    "tariff",
    "shipping",
    "berth",
    "cargo",
    "customs",
    "quota",
    "council",
    "envoy",
    "analyst",
]
LABELS = ("PERSON", "ORG", "GPE", "NORP")


def generate(n_articles: int, *, seed: int = 1) -> dict[str, pd.DataFrame]:
    """Every table for n generated articles, with the schema's columns."""
    rng = np.random.default_rng(seed)
    ids = np.array([f"gen-{i:07d}" for i in range(n_articles)])
    start = datetime(2022, 1, 1)
    published = [start + timedelta(hours=int(h)) for h in rng.integers(0, 3 * 365 * 24, n_articles)]
    articles = pd.DataFrame(
        {
            "article_id": ids,
            "title": [f"Generated article {i}" for i in range(n_articles)],
            "published": published,
            "source": rng.choice(["Wire A", "Wire B", "Paper C"], n_articles),
            "source_file": "",
            "n_words": rng.integers(200, 1200, n_articles),
            "ingested_at": datetime(2026, 1, 1),
            "content_hash": ids,
        }
    )
    per = 8
    p_article = np.repeat(ids, per)
    p_index = np.tile(np.arange(per), n_articles)
    labels = rng.random((len(p_article), len(THEMES))) < 0.22
    topics = [";".join(t for t, on in zip(THEMES, row, strict=True) if on) for row in labels]
    vocabulary = np.array(WORDS)
    text = [" ".join(vocabulary[rng.integers(0, len(vocabulary), 30)]) for _ in range(len(p_article))]
    sections = np.array([f"Section {k}" for k in range(50)] + [""] * 50)
    paragraphs = pd.DataFrame(
        {
            "article_id": p_article,
            "paragraph": p_index,
            "section": sections[rng.integers(0, 100, len(p_article))],
            "text": text,
            "topics": topics,
            "topic_terms": "",
        }
    )
    paragraph_topics = pd.DataFrame(
        {
            "article_id": np.repeat(p_article, len(THEMES)),
            "paragraph": np.repeat(p_index, len(THEMES)),
            "theme": np.tile(THEMES, len(p_article)),
            "score": labels.ravel().astype(float),
            "label": labels.ravel(),
            "terms": "",
        }
    )
    names = np.array([f"Entity {k}" for k in range(3000)])
    n_mentions = n_articles * 12
    mention_of = np.minimum(rng.zipf(1.4, n_mentions) - 1, len(names) - 1)
    which = rng.integers(0, len(p_article), n_mentions)
    entities = pd.DataFrame(
        {
            "article_id": p_article[which],
            "paragraph": p_index[which],
            "text": names[mention_of],
            "label": np.array(LABELS)[mention_of % len(LABELS)],
            "canonical": names[mention_of],
            "start_char": 0,
            "end_char": 8,
        }
    )
    speakers = np.array([""] + [f"Speaker {k}" for k in range(800)])
    n_quotes = n_articles * 3
    speaker_of = np.minimum(rng.zipf(1.5, n_quotes) - 1, len(speakers) - 1)
    which = rng.integers(0, len(p_article), n_quotes)
    quotes = pd.DataFrame(
        {
            "quote_id": [f"{a}:q{k}" for k, a in enumerate(p_article[which])],
            "article_id": p_article[which],
            "paragraph": p_index[which],
            "speaker": speakers[speaker_of],
            "speaker_kind": np.where(speaker_of == 0, "unnamed", np.array(KINDS)[speaker_of % len(KINDS)]),
            "affiliation": np.array(["Northbridge", "", "Council", "Ministry"])[speaker_of % 4],
            "role": "fellow",
            "cue": "say",
            "quote": [text[w][:80] for w in which],
            "sentence": "",
            "direct": False,
            "topics": [topics[w] for w in which],
            "start_char": 0,
            "end_char": 80,
        }
    )
    for shown, kept, source in FIELDS:  # no speaker pinned: the quotes show what their articles said
        quotes[kept], quotes[source] = quotes[shown], FROM_ARTICLE
    return {
        schema.ARTICLES: articles,
        schema.PARAGRAPHS: paragraphs,
        schema.PARAGRAPH_TOPICS: paragraph_topics,
        schema.ENTITIES: entities,
        schema.QUOTES: quotes,
    }


def build_store(path: Path, tables: dict[str, pd.DataFrame]) -> Store:
    """A store file holding the generated tables (bulk insert, one transaction)."""
    store = Store(path)
    with store.connect() as con:
        con.begin()
        for name, frame in tables.items():
            con.register("incoming", frame[list(schema.COLUMNS[name])])
            con.execute(f"INSERT INTO {name} SELECT * FROM incoming")
            con.unregister("incoming")
        con.commit()
    return store


def sidebar(everything, f):
    return views.by_frequency(everything[schema.QUOTES]["speaker"]), views.by_frequency(
        everything[schema.ENTITIES]["canonical"]
    )[:3000]


def overview(t, everything):
    views.counts(t)
    charts.theme_mix(views.theme_mix(t))
    charts.theme_over_time(views.theme_by(t, "month"))
    charts.ranked_bars(views.top_speakers(t), name="speaker", value="quotes", colour_by="speaker_kind", title="s")
    charts.ranked_bars(views.top_entities(t), name="canonical", value="mentions", colour_by="label", title="e")


def themes(t, everything):
    flags = views.theme_flags(t)
    charts.theme_by_key(views.theme_by(t, "section", flags=flags), title="s")
    charts.stacked(
        views.theme_by(t, "month", flags=flags).rename(columns={"key": "month"}),
        x="month",
        y="paragraphs",
        colour="theme",
        title="m",
        y_title="p",
    )
    charts.heatmap(views.theme_entities(t), x="theme", y="canonical", z="paragraphs", title="h", z_title="p")
    views.theme_by_article(t, flags=flags)
    views.themed_paragraphs(t)


def quotes(t, everything):
    views.quotes_with_articles(t)
    table = views.speaker_table(t)
    named = [s for s in table["speaker"] if s]
    if named:
        charts.stacked(
            views.speaker_profile(t, named[0]), x="month", y="quotes", colour="theme", title="p", y_title="q"
        )
    analysts = {**t, schema.QUOTES: t[schema.QUOTES].loc[t[schema.QUOTES]["speaker_kind"] == "analyst"]}
    charts.heatmap(views.speaker_themes(analysts), x="theme", y="speaker", z="quotes", title="a", z_title="q")


def entities(t, everything):
    summary = views.entity_summary(t)
    for labels in (("PERSON",), ("ORG",), ("GPE", "LOC"), ("NORP",)):
        charts.ranked_bars(
            views.top_entities(t, top=10, labels=labels, summary=summary), name="canonical", value="mentions", title="t"
        )
    graph.network(*views.cooccurrence(t, top=30, summary=summary))
    leaders = views.top_entities(t, top=200, summary=summary)
    charts.lines(
        views.entity_timeline(t, list(leaders["canonical"][:5])),
        x="month",
        y="mentions",
        colour="canonical",
        title="t",
        y_title="m",
    )


def articles(t, everything):
    listing = views.article_list(t)
    if len(listing):
        reading.article_paragraphs(everything, listing["article_id"].iloc[0])


PAGES: dict[str, Callable] = {
    "Overview": overview,
    "Themes": themes,
    "Analysts & quotes": quotes,
    "Entities": entities,
    "Articles": articles,
}


def filter_changes(everything: dict[str, pd.DataFrame]) -> list[Filters]:
    """A user's run of filter changes: themes, kinds, a speaker, an entity, dates, text, and back to all."""
    top_speaker = views.top_speakers(everything).iloc[0]["speaker"]
    top_entity = views.top_entities(everything).iloc[0]["canonical"]
    return [
        Filters(themes=("trade",)),
        Filters(themes=("trade",), kinds=("analyst",)),
        Filters(speakers=(top_speaker,)),
        Filters(entities=(top_entity,), since=date(2023, 1, 1)),
        Filters(text="corridor"),
        Filters(themes=("military", "diplomacy"), since=date(2022, 6, 1), until=date(2023, 6, 30)),
        Filters(),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="passes over the filter changes")
    parser.add_argument("--store", type=Path, help="store file to build (default: a temporary file)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        path = args.store or Path(scratch) / "latency.duckdb"
        started = time.perf_counter()
        generated = generate(args.articles)
        build_store(path, generated)
        built = time.perf_counter() - started
        started = time.perf_counter()
        everything = Store(path).tables()
        read = time.perf_counter() - started
    counts = ", ".join(f"{len(df):,} {name}" for name, df in everything.items())
    print(f"{args.articles:,} articles ({counts})")
    print(f"generate + build store: {built:.1f} s; Store.tables() read (cached per store version): {read:.2f} s")

    changes = filter_changes(everything)
    overview(apply(everything, Filters()), everything)  # warm-up: imports, regex and plotly caches
    steps: dict[str, Callable] = {
        "filters.apply": lambda f: apply(everything, f),
        "sidebar options*": lambda f: sidebar(everything, f),
        **{
            name: (lambda f, compute=compute: compute(apply(everything, f), everything))
            for name, compute in PAGES.items()
        },
    }
    wall: dict[str, list[float]] = {name: [] for name in steps}
    cpu: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(args.repeat):
        for f in changes:
            for name, step in steps.items():
                started, started_cpu = time.perf_counter(), time.process_time()
                step(f)
                wall[name].append(time.perf_counter() - started)
                cpu[name].append(time.process_time() - started_cpu)
    print(f"\nper filter change ({len(changes)} changes x {args.repeat}); each page includes filters.apply")
    print(
        "wall = elapsed time; cpu = this process's CPU time (what a quiet machine's wall time would be, "
        "since the work is single-threaded)"
    )
    print("* the app computes the sidebar options once per store version, not per filter change")
    print(f"{'':20} {'wall median':>12} {'wall max':>9} {'cpu median':>11} {'cpu max':>8}   (ms)")
    for name in steps:
        verdict = "" if name not in PAGES else ("  ok" if statistics.median(cpu[name]) <= 0.25 else "  > 250")
        print(
            f"{name:20} {statistics.median(wall[name]) * 1000:>12.0f} {max(wall[name]) * 1000:>9.0f} "
            f"{statistics.median(cpu[name]) * 1000:>11.0f} {max(cpu[name]) * 1000:>8.0f}{verdict}"
        )


if __name__ == "__main__":
    main()
