"""The headline figures and the list of articles."""

from __future__ import annotations

import pandas as pd

from dashboard import schema
from dashboard.views.common import (
    Tables,
    join_by,
    labelled,
    named,
)


def counts(t: Tables) -> dict[str, object]:
    """The headline figures: articles, date range, paragraphs, quotes, speakers and distinct entities."""
    articles, quotes = t[schema.ARTICLES], t[schema.QUOTES]
    published = pd.to_datetime(articles["published"]).dropna()
    return {
        "articles": len(articles),
        "first": published.min() if len(published) else None,
        "last": published.max() if len(published) else None,
        "paragraphs": len(t[schema.PARAGRAPHS]),
        "quotes": len(quotes),
        "speakers": int(named(quotes["speaker"]).nunique()),
        "entities": int(t[schema.ENTITIES]["canonical"].dropna().nunique()),
    }


def article_list(t: Tables) -> pd.DataFrame:
    """One row per article: id, title, date, source, words, themes (by paragraphs), quotes and entities."""
    articles = t[schema.ARTICLES]
    ids = articles["article_id"]
    themed = labelled(t).groupby(["article_id", "theme"]).size().rename("n").reset_index()
    themed = themed.sort_values(["article_id", "n", "theme"], ascending=[True, False, True])
    themes = join_by(themed["article_id"], themed["theme"])
    out = articles[["article_id", "title", "published", "source", "n_words"]].assign(
        themes=ids.map(themes).astype(object).fillna(""),
        quotes=ids.map(t[schema.QUOTES]["article_id"].value_counts()).fillna(0).astype(int),
        entities=ids.map(t[schema.ENTITIES].drop_duplicates(["article_id", "canonical"])["article_id"].value_counts())
        .fillna(0)
        .astype(int),
    )
    return out.sort_values(["published", "article_id"], ascending=[False, True], ignore_index=True)
