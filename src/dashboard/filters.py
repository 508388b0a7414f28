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

import re
from dataclasses import dataclass, fields
from datetime import date

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

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
        keep &= _isin(articles["source"], f.sources)
    if f.entities:
        keep &= _isin(articles["article_id"], entities.loc[_isin(entities["canonical"], f.entities), "article_id"])

    paragraph_mask = _has_theme(paragraphs["topics"], f.themes) & _contains(paragraphs["text"], f.text)
    quote_mask = (
        _has_theme(quotes["topics"], f.themes)
        & _contains(quotes["quote"], f.text)
        & _is_in(quotes["speaker"], f.speakers)
        & _is_in(quotes["speaker_kind"], f.kinds)
    )
    if f.themes:
        keep &= _isin(articles["article_id"], paragraphs.loc[paragraph_mask, "article_id"])
    if f.speakers or f.kinds:
        keep &= _isin(articles["article_id"], quotes.loc[quote_mask, "article_id"])
    if f.text:
        with_text = pd.concat([paragraphs.loc[paragraph_mask, "article_id"], quotes.loc[quote_mask, "article_id"]])
        keep &= _isin(articles["article_id"], with_text)

    kept = articles.loc[keep]
    ids = kept["article_id"]
    out = {schema.ARTICLES: kept}
    if schema.PARAGRAPHS in tables:
        out[schema.PARAGRAPHS] = paragraphs.loc[paragraph_mask & _isin(paragraphs["article_id"], ids)]
    if schema.ENTITIES in tables:
        entity_mask = _isin(entities["article_id"], ids)
        if f.themes or f.text:
            in_kept = out[schema.PARAGRAPHS][["article_id", "paragraph"]] if schema.PARAGRAPHS in out else None
            if in_kept is not None:
                entity_mask &= _pair_in(entities, in_kept)
        out[schema.ENTITIES] = entities.loc[entity_mask]
    if schema.QUOTES in tables:
        out[schema.QUOTES] = quotes.loc[quote_mask & _isin(quotes["article_id"], ids)]
    if schema.PARAGRAPH_TOPICS in tables:
        topics = tables[schema.PARAGRAPH_TOPICS]
        kept_paragraphs = out.get(schema.PARAGRAPHS)
        mask = _isin(topics["article_id"], ids)
        if kept_paragraphs is not None and (f.themes or f.text):
            mask &= _pair_in(topics, kept_paragraphs[["article_id", "paragraph"]])
        out[schema.PARAGRAPH_TOPICS] = topics.loc[mask]
    return out


def _has_theme(topics: pd.Series, themes: tuple[str, ...]) -> pd.Series:
    if not themes:
        return pd.Series(True, index=topics.index)
    # One labels cell holds themes joined by the separator; a regex finds a whole label without splitting rows.
    sep = re.escape(schema.TOPIC_SEPARATOR)
    pattern = f"(?:^|{sep})(?:{'|'.join(map(re.escape, themes))})(?:{sep}|$)"
    return topics.fillna("").str.contains(pattern, regex=True).astype(bool)


def _contains(text: pd.Series, needle: str) -> pd.Series:
    if not needle:
        return pd.Series(True, index=text.index)
    return text.fillna("").str.contains(needle, case=False, regex=False)


def _is_in(values: pd.Series, allowed: tuple[str, ...]) -> pd.Series:
    if not allowed:
        return pd.Series(True, index=values.index)
    return _isin(values, allowed)


def _pair_in(rows: pd.DataFrame, pairs: pd.DataFrame) -> pd.Series:
    return _isin(_pair_key(rows), _pair_key(pairs))


def _pair_key(rows: pd.DataFrame) -> pd.Series:
    return rows["article_id"].astype(str) + "\x1f" + rows["paragraph"].astype(str)


def _isin(values: pd.Series, allowed) -> pd.Series:
    """`values.isin(allowed)`, through Arrow's hash lookup for text (pandas' Arrow-string isin walks the
    allowed values in Python, ~0.1 s per 10,000 ids)."""
    allowed = pd.Series(allowed, dtype=object).dropna().unique() if not isinstance(allowed, pd.Series) \
        else allowed.dropna().unique()
    try:
        found = pc.is_in(pa.array(values, from_pandas=True), value_set=pa.array(allowed, type=pa.string()))
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        return values.isin(allowed)
    return pd.Series(found.to_numpy(zero_copy_only=False), index=values.index, dtype=bool)
