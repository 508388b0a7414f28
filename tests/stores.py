"""Stores for dashboard tests, filled by the real pipeline (reader, spaCy, themes, quotes) and the real Store."""

from __future__ import annotations

from pathlib import Path

from dashboard.analysis import analyse
from dashboard.sources import ReadFailure, read_bytes, read_paths
from dashboard.store import Store
from tests.conftest import SAMPLES


def fill(path: Path, nlp, themes, *, paths: list[Path] | None = None) -> Store:
    """A store at `path` holding every article under `paths` (default: data/samples), analysed for real."""
    store = Store(path)
    articles = [a for a in read_paths(paths or [SAMPLES]) if not isinstance(a, ReadFailure)]
    assert articles, "no sample article could be read"
    for result in store.add_all(analyse(articles, nlp, themes)):
        assert result.status in {"stored", "unchanged"}, result
    return store


def add_text(store: Store, name: str, text: str, nlp, themes) -> None:
    """Add one article given as text in the seed format (written for a test, never corpus text)."""
    articles = [a for a in read_bytes(name, text.encode("utf-8")) if not isinstance(a, ReadFailure)]
    assert articles, f"{name} could not be read"
    for result in store.add_all(analyse(articles, nlp, themes)):
        assert result.status == "stored", result
