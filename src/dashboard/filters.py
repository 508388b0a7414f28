"""The Filters value the sidebar and the export command share, and how it narrows every table.

Semantics, the same on every page and in every extract:
- an article is kept when its date and source match, it names one of the chosen entities, it has a
  paragraph of one of the chosen themes, and it quotes one of the chosen speakers / speaker kinds
  (each condition only when that filter is set);
- paragraphs, entities and quotes are those of kept articles; paragraphs and quotes must also carry a
  chosen theme; quotes must be of a chosen speaker and kind; the text filter keeps paragraphs and
  quotes whose text contains it (case-insensitive) and articles that have such a paragraph or quote.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

import pandas as pd

from dashboard import schema


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the data to; empty fields mean "everything"."""

    themes: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    text: str = ""

    def is_empty(self) -> bool:
        return all(not getattr(self, f.name) for f in fields(self))


def apply(tables: dict[str, pd.DataFrame], f: Filters) -> dict[str, pd.DataFrame]:
    """The rows of every table that the filters keep (tables missing from the input are left out)."""
    articles = tables[schema.ARTICLES]
    paragraphs = tables.get(schema.PARAGRAPHS, schema.empty_frame(schema.PARAGRAPHS))
    entities = tables.get(schema.ENTITIES, schema.empty_frame(schema.ENTITIES))
    quotes = tables.get(schema.QUOTES, schema.empty_frame(schema.QUOTES))

    keep = pd.Series(True, index=articles.index)
    published = pd.to_datetime(articles["published"])
    if f.since:
        keep &= published >= pd.Timestamp(f.since)
    if f.until:
        keep &= published < pd.Timestamp(f.until) + pd.Timedelta(days=1)
    if f.sources:
        keep &= articles["source"].isin(f.sources)
    if f.entities:
        keep &= articles["article_id"].isin(entities.loc[entities["canonical"].isin(f.entities), "article_id"])

    paragraph_mask = _has_theme(paragraphs["topics"], f.themes) & _contains(paragraphs["text"], f.text)
    quote_mask = (
        _has_theme(quotes["topics"], f.themes)
        & _contains(quotes["quote"], f.text)
        & _is_in(quotes["speaker"], f.speakers)
        & _is_in(quotes["speaker_kind"], f.kinds)
    )
    if f.themes:
        keep &= articles["article_id"].isin(paragraphs.loc[paragraph_mask, "article_id"])
    if f.speakers or f.kinds:
        keep &= articles["article_id"].isin(quotes.loc[quote_mask, "article_id"])
    if f.text:
        with_text = pd.concat([paragraphs.loc[paragraph_mask, "article_id"], quotes.loc[quote_mask, "article_id"]])
        keep &= articles["article_id"].isin(with_text)

    kept = articles.loc[keep]
    ids = kept["article_id"]
    out = {schema.ARTICLES: kept}
    if schema.PARAGRAPHS in tables:
        out[schema.PARAGRAPHS] = paragraphs.loc[paragraph_mask & paragraphs["article_id"].isin(ids)]
    if schema.ENTITIES in tables:
        entity_mask = entities["article_id"].isin(ids)
        if f.themes or f.text:
            in_kept = out[schema.PARAGRAPHS][["article_id", "paragraph"]] if schema.PARAGRAPHS in out else None
            if in_kept is not None:
                entity_mask &= _pair_in(entities, in_kept)
        out[schema.ENTITIES] = entities.loc[entity_mask]
    if schema.QUOTES in tables:
        out[schema.QUOTES] = quotes.loc[quote_mask & quotes["article_id"].isin(ids)]
    if schema.PARAGRAPH_TOPICS in tables:
        topics = tables[schema.PARAGRAPH_TOPICS]
        kept_paragraphs = out.get(schema.PARAGRAPHS)
        mask = topics["article_id"].isin(ids)
        if kept_paragraphs is not None and (f.themes or f.text):
            mask &= _pair_in(topics, kept_paragraphs[["article_id", "paragraph"]])
        out[schema.PARAGRAPH_TOPICS] = topics.loc[mask]
    return out


def _has_theme(topics: pd.Series, themes: tuple[str, ...]) -> pd.Series:
    if not themes:
        return pd.Series(True, index=topics.index)
    split = topics.fillna("").str.split(schema.TOPIC_SEPARATOR)
    wanted = set(themes)
    return split.map(lambda labels: not wanted.isdisjoint(labels)).astype(bool)


def _contains(text: pd.Series, needle: str) -> pd.Series:
    if not needle:
        return pd.Series(True, index=text.index)
    return text.fillna("").str.contains(needle, case=False, regex=False)


def _is_in(values: pd.Series, allowed: tuple[str, ...]) -> pd.Series:
    if not allowed:
        return pd.Series(True, index=values.index)
    return values.isin(allowed)


def _pair_in(rows: pd.DataFrame, pairs: pd.DataFrame) -> pd.Series:
    keys = pd.MultiIndex.from_frame(rows[["article_id", "paragraph"]])
    return pd.Series(keys.isin(pd.MultiIndex.from_frame(pairs)), index=rows.index)
