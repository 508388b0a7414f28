"""`info`, `retopic` and `rebuild`: look into the store, recompute its themes after the themes file changed, and
analyse every stored text again (after an upgrade the store cannot follow in place, or to refresh old analyses)."""

from __future__ import annotations

import argparse
import time

from dashboard.analysis import load
from dashboard.analysis.themes import load_themes
from dashboard.cli.console import console, progress_bar
from dashboard.config import Settings
from dashboard.store import Store


def run_info(args: argparse.Namespace, settings: Settings) -> int:
    store = Store(settings.store_path)
    print(f"store: {settings.store_path} (schema version {store.schema_version()})")
    for table, n in store.counts().items():
        print(f"{table:18} {n:>10}")
    broken = store.incomplete()
    if not broken.empty:
        print(f"incomplete articles: {', '.join(sorted(set(broken['article_id'])))}")
        return 1
    return 0


def run_retopic(args: argparse.Namespace, settings: Settings) -> int:
    from dashboard.store.retopic import retopic

    store = Store(settings.store_path)
    n = retopic(store, load(settings.spacy_model), load_themes(settings.themes_file))
    console.print(f"recomputed themes of {n} paragraphs from {settings.themes_file}")
    return 0


def run_rebuild(args: argparse.Namespace, settings: Settings) -> int:
    from dashboard.scale.parallel import analyse_articles
    from dashboard.store.rebuild import rebuild

    store, started = Store(settings.store_path), time.monotonic()
    with progress_bar() as progress:
        task = progress.add_task("rebuilding", total=None)
        done = rebuild(
            store,
            lambda articles: analyse_articles(
                articles, settings, workers=args.workers, on_article=lambda _: progress.advance(task)
            ),
        )
    version = store.schema_version()
    upgraded = f"{done.from_version} -> {version}" if done.from_version != version else f"{version}"
    console.print(
        f"rebuilt {done.articles} articles from their stored texts in {time.monotonic() - started:.1f} s "
        f"(schema version {upgraded}) -> {settings.store_path}"
    )
    console.print(f"{'table':18} {'before':>10} {'after':>10}")
    for table, after in done.after.items():
        console.print(f"{table:18} {done.before[table]:>10} {after:>10}")
    if done.kept:
        console.print(f"kept {done.kept} articles ingested while the rebuild ran, as they were written")
    return 0
