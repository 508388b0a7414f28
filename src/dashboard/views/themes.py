"""The Themes and Overview pages' frames: theme mix, themes over time and by article, themed paragraphs."""

from __future__ import annotations

import re

import pandas as pd

from dashboard import schema
from dashboard.views.common import (
    Tables,
    labelled,
    months,
    per_row,
)


def theme_flags(t: Tables) -> pd.DataFrame:
    """One boolean column per theme: whether each paragraph is labelled with it (read from its labels cell)."""
    paragraphs = t[schema.PARAGRAPHS]
    names = sorted(t[schema.PARAGRAPH_TOPICS]["theme"].dropna().unique())
    topics = paragraphs["topics"].fillna("")
    sep = re.escape(schema.TOPIC_SEPARATOR)
    return pd.DataFrame(
        {
            name: topics.str.contains(f"(?:^|{sep}){re.escape(name)}(?:{sep}|$)", regex=True).astype(bool)
            for name in names
        },
        index=paragraphs.index,
    )


def theme_mix(t: Tables) -> pd.DataFrame:
    """Paragraphs per theme and their share of all paragraphs, largest first."""
    total = len(t[schema.PARAGRAPHS])
    counts = theme_flags(t).sum()
    mix = pd.DataFrame({"theme": counts.index.astype(object), "paragraphs": counts.to_numpy(dtype="int64")})
    mix = mix.loc[mix["paragraphs"] > 0]
    mix["share"] = mix["paragraphs"] / total if total else 0.0
    return mix.sort_values(["paragraphs", "theme"], ascending=[False, True], ignore_index=True)


def theme_by(t: Tables, by: str, *, flags: pd.DataFrame | None = None) -> pd.DataFrame:
    """Theme share of paragraphs per `month`, `section` or `article` (columns: key, theme, paragraphs, share);
    pass `flags` (from `theme_flags`) when a page groups several ways."""
    paragraphs = t[schema.PARAGRAPHS]
    if by == "month":
        key = per_row(months(t), paragraphs["article_id"])
    elif by == "section":
        key = paragraphs["section"].fillna("").replace("", "(no heading)")
    elif by == "article":
        key = paragraphs["article_id"]
    else:
        raise ValueError(f"cannot group themes by {by!r}")
    flags = theme_flags(t) if flags is None else flags
    key = pd.Series(key.to_numpy(dtype=object), index=paragraphs.index, name="key")
    columns = ["key", "theme", "paragraphs", "share"]
    if flags.empty or key.dropna().empty:
        return pd.DataFrame({c: pd.Series(dtype="float64" if c == "share" else "object") for c in columns})
    counts = flags.groupby(key).sum()
    totals = key.value_counts()
    long = counts.rename_axis(index="key", columns="theme").stack().rename("paragraphs").reset_index()
    long = long.loc[long["paragraphs"] > 0]
    long["share"] = long["paragraphs"] / long["key"].map(totals).astype(float)
    return long[columns].sort_values(["key", "theme"], ignore_index=True)


def theme_by_article(t: Tables, *, flags: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per article: title, date and the share of its paragraphs in each theme (one column per theme)."""
    out = t[schema.ARTICLES][["article_id", "title", "published"]].reset_index(drop=True)
    flags = theme_flags(t) if flags is None else flags
    if flags.shape[1] == 0:
        return out
    shares = flags.groupby(t[schema.PARAGRAPHS]["article_id"].to_numpy(dtype=object)).mean()
    shares = shares.reindex(out["article_id"].to_numpy(dtype=object)).fillna(0.0)
    for theme in shares.columns:
        out[theme] = shares[theme].to_numpy(dtype="float64")
    return out


def themed_paragraphs(t: Tables) -> pd.DataFrame:
    """Paragraphs that carry a theme, with the terms that decided it and their article's title."""
    paragraphs = t[schema.PARAGRAPHS]
    themed = paragraphs.loc[paragraphs["topics"].fillna("") != ""]
    titles = t[schema.ARTICLES].set_index("article_id")["title"]
    out = themed.assign(title=themed["article_id"].map(titles))
    return out[["article_id", "title", "paragraph", "section", "topics", "topic_terms", "text"]].reset_index(drop=True)


def theme_entities(t: Tables, *, top: int = 15) -> pd.DataFrame:
    """Paragraphs where each of the most named entities meets each theme (columns: canonical, theme, paragraphs)."""
    entities = t[schema.ENTITIES][["article_id", "paragraph", "canonical"]].drop_duplicates()
    leaders = entities["canonical"].value_counts().head(top).index
    entities = entities.loc[entities["canonical"].isin(leaders)]
    pairs = entities.merge(labelled(t), on=["article_id", "paragraph"])
    out = pairs.groupby(["canonical", "theme"]).size().rename("paragraphs").reset_index()
    rank = out["canonical"].map({name: n for n, name in enumerate(leaders)})
    return out.assign(rank=rank).sort_values(["rank", "theme"], ignore_index=True).drop(columns="rank")
