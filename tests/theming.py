"""Helpers for theme tests: the labels the real themes give each paragraph of a fictional article."""

from __future__ import annotations

from dashboard.analysis.themes import Themes, labels


def article(themes: Themes, nlp, title: str, texts: list[str]) -> list[list[str]]:
    """Each paragraph's labelled themes, the paragraphs read together as one article under `title` (no sections)."""
    return [labels(p) for p in themes.score_article([nlp(t) for t in texts], [""] * len(texts), title)]
