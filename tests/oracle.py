"""The store's filters stated in pandas over whole tables: only the oracle that the SQL of `store.queries` (what
every page and extract uses) is tested against, on the sample store and on random stores."""

from __future__ import annotations

import re

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from dashboard import schema
from dashboard.store.filters import Filters


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
    # (article_id, paragraph) as one integer per row: the id's code in a shared dictionary, then the paragraph.
    ids = pa.concat_arrays([_text(rows["article_id"]), _text(pairs["article_id"])]).dictionary_encode().indices
    paragraph = pd.concat([rows["paragraph"], pairs["paragraph"]]).to_numpy(dtype="int64", na_value=-1)
    keys = (ids.to_numpy(zero_copy_only=False).astype("int64") << 32) + paragraph
    return pd.Series(keys[: len(rows)], index=rows.index).isin(keys[len(rows) :])


def _text(values: pd.Series) -> pa.Array:
    array = pa.array(values, type=pa.string(), from_pandas=True)
    return array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array


def _isin(values: pd.Series, allowed) -> pd.Series:
    """`values.isin(allowed)` through Arrow's hash lookup for text (pandas' isin on Arrow strings walks the allowed
    values in Python: ~0.1 s per 10,000 ids)."""
    allowed = allowed.dropna() if isinstance(allowed, pd.Series) else pd.Series(list(allowed), dtype=object)
    try:
        found = pc.is_in(_text(values), value_set=_text(allowed))
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        return values.isin(allowed)
    return pd.Series(found.to_numpy(zero_copy_only=False), index=values.index, dtype=bool)
