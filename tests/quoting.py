"""Quotes the real pipeline finds in an article made of a test's own paragraphs (fictional text)."""

from __future__ import annotations

from dashboard.analysis.entities import entity_rows
from dashboard.analysis.quotes import quote_rows
from dashboard.sources import Article, Paragraph


def quote_rows_of(nlp, *paragraphs: str) -> list[dict]:
    """The quote rows of an article made of these paragraphs, parsed by `nlp`."""
    article = Article("test-article", "A test article", tuple(Paragraph(i, "", t) for i, t in enumerate(paragraphs)))
    docs = list(nlp.pipe(paragraphs))
    return quote_rows(article, docs, entity_rows(article.article_id, docs))


def said_by(nlp, *paragraphs: str) -> list[tuple[str, str]]:
    """(speaker, quote) of each quote of an article made of these paragraphs."""
    return [(row["speaker"], row["quote"]) for row in quote_rows_of(nlp, *paragraphs)]


def profiles_of(nlp, *paragraphs: str) -> list[tuple[str, str, str]]:
    """(speaker, kind, affiliation) of each quote of an article made of these paragraphs."""
    return [(r["speaker"], r["speaker_kind"], r["affiliation"]) for r in quote_rows_of(nlp, *paragraphs)]
