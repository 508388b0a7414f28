"""One article on which a rule fails costs that article the rows the rule makes (its themes, entities or quotes),
with a message naming it, and not the whole run: its other rows are kept, and the articles after it are analysed as
usual."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from dashboard import schema
from dashboard.analysis import analyse, pipeline


def _failing_on(article_id: str, real):
    def rule(article, *args):
        if article.article_id == article_id:
            raise RuntimeError("a rule slipped")
        return real(article, *args)

    return rule


def test_a_failing_quote_rule_leaves_out_one_articles_quotes(nlp, themes, seed_article, monkeypatch, caplog):
    other = replace(seed_article, article_id="another-article")
    monkeypatch.setattr(pipeline, "quote_rows", _failing_on(seed_article.article_id, pipeline.quote_rows))
    with caplog.at_level(logging.WARNING, logger=pipeline.__name__):
        first, second = analyse([seed_article, other], nlp, themes)
    assert first.rows[schema.QUOTES] == []
    assert len(first.rows[schema.PARAGRAPHS]) == len(seed_article.paragraphs)
    assert first.rows[schema.ENTITIES] and first.rows[schema.PARAGRAPH_TOPICS]
    assert second.rows[schema.QUOTES]  # the next article's quotes are found as ever
    assert f"{seed_article.article_id}: quotes left out" in caplog.text and "a rule slipped" in caplog.text


def test_a_failing_theme_rule_leaves_out_one_articles_themes(nlp, themes, seed_article, monkeypatch, caplog):
    other = replace(seed_article, article_id="another-article")
    real = type(themes).score_article

    def failing_on_the_seed(self, docs, sections, title):
        if title == "failing":
            raise RuntimeError("a rule slipped")
        return real(self, docs, sections, title)

    monkeypatch.setattr(type(themes), "score_article", failing_on_the_seed)
    with caplog.at_level(logging.WARNING, logger=pipeline.__name__):
        first, second = analyse([replace(seed_article, title="failing"), other], nlp, themes)
    assert first.rows[schema.PARAGRAPH_TOPICS] == []
    assert {row["topics"] for row in first.rows[schema.PARAGRAPHS]} == {""}
    assert len(first.rows[schema.PARAGRAPHS]) == len(seed_article.paragraphs)
    assert first.rows[schema.ENTITIES] and first.rows[schema.QUOTES]  # who said what is still found
    assert {row["topics"] for row in first.rows[schema.QUOTES]} == {""}
    assert any(row["topics"] for row in second.rows[schema.PARAGRAPHS])
    assert f"{seed_article.article_id}: themes left out" in caplog.text and "a rule slipped" in caplog.text


@pytest.mark.parametrize("failing", ["entity_rows", "spanning_quote_labels"])
def test_a_failing_entity_or_quote_theme_rule_costs_only_its_rows(nlp, themes, seed_article, monkeypatch, failing):
    def slipping(*args):
        raise RuntimeError("a rule slipped")

    monkeypatch.setattr(pipeline, failing, slipping)
    (analysed,) = analyse([seed_article], nlp, themes)
    left_out = schema.ENTITIES if failing == "entity_rows" else schema.QUOTES
    assert analysed.rows[left_out] == []
    assert len(analysed.rows[schema.PARAGRAPHS]) == len(seed_article.paragraphs)
    assert analysed.rows[schema.PARAGRAPH_TOPICS]
