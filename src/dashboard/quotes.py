"""Who said what: direct and reported speech, with speaker, role, affiliation and kind."""

from __future__ import annotations

from spacy.tokens import Doc

from dashboard.article import Article


def quote_rows(article: Article, docs: list[Doc], entities: list[dict]) -> list[dict]:
    """Rows of the quotes table for one article (without quote_id and topics, which the pipeline adds)."""
    return []
