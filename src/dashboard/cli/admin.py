"""`info` and `retopic`: look into the store, and recompute its themes after the themes file changed."""

from __future__ import annotations

import argparse

from dashboard.analysis import load
from dashboard.analysis.themes import load_themes
from dashboard.cli.console import console
from dashboard.config import Settings
from dashboard.store import Store


def run_info(args: argparse.Namespace, settings: Settings) -> int:
    store = Store(settings.store_path)
    print(f"store: {settings.store_path}")
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
