"""One article on which a quote rule fails costs that article's quotes, with a message naming it, and not the whole
run: its paragraphs, themes and entities are kept, and the articles after it are analysed as usual."""

from __future__ import annotations

import logging
from dataclasses import replace

from dashboard import schema
from dashboard.analysis import analyse, pipeline


def test_a_failing_quote_rule_leaves_out_one_articles_quotes(nlp, themes, seed_article, monkeypatch, caplog):
    real = pipeline.quote_rows

    def failing_on_the_seed(article, docs, entities):
        if article.article_id == seed_article.article_id:
            raise RuntimeError("a rule slipped")
        return real(article, docs, entities)

    other = replace(seed_article, article_id="another-article")
    monkeypatch.setattr(pipeline, "quote_rows", failing_on_the_seed)
    with caplog.at_level(logging.WARNING, logger=pipeline.__name__):
        first, second = analyse([seed_article, other], nlp, themes)
    assert first.rows[schema.QUOTES] == []
    assert len(first.rows[schema.PARAGRAPHS]) == len(seed_article.paragraphs)
    assert first.rows[schema.ENTITIES] and first.rows[schema.PARAGRAPH_TOPICS]
    assert second.rows[schema.QUOTES]  # the next article's quotes are found as ever
    assert f"{seed_article.article_id}: quotes left out" in caplog.text and "a rule slipped" in caplog.text
