"""The Analysts & quotes page's frames: speakers with kind, role and affiliation, their themes and quotes."""

from __future__ import annotations

import re

import pandas as pd

from dashboard import schema
from dashboard.views.common import (
    Tables,
    isin_small,
    join_by,
    months,
    most_frequent,
    named,
    published_of,
)


def quotes_with_articles(t: Tables) -> pd.DataFrame:
    """The quotes with their article's title and date, newest first."""
    articles = t[schema.ARTICLES][["article_id", "title", "published"]]
    out = t[schema.QUOTES].merge(articles, on="article_id", how="left")
    return out.sort_values(["published", "quote_id"], ascending=[False, True], ignore_index=True)


def speaker_table(t: Tables) -> pd.DataFrame:
    """One row per speaker: kind, role, affiliation (most frequent), quotes, articles, themes, first/last seen."""
    quotes = t[schema.QUOTES].dropna(subset=["speaker"])
    columns = [
        "speaker",
        "speaker_kind",
        "role",
        "affiliation",
        "quotes",
        "articles",
        "themes",
        "first_seen",
        "last_seen",
    ]
    if quotes.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    quotes = quotes.assign(published=published_of(t, quotes["article_id"]))
    grouped = quotes.groupby("speaker")
    out = pd.DataFrame(
        {
            "quotes": grouped.size(),
            "articles": grouped["article_id"].nunique(),
            "first_seen": grouped["published"].min(),
            "last_seen": grouped["published"].max(),
        }
    )
    # One count per (speaker, kind, role, affiliation); each column's most frequent value is read off it.
    described = quotes[["speaker", "speaker_kind", "role", "affiliation"]].fillna("")
    combos = described.value_counts(sort=False).rename("n").reset_index()
    for column in ("speaker_kind", "role", "affiliation"):
        out[column] = most_frequent(combos, "speaker", column, weight="n")
    out["themes"] = _top_themes(quotes)
    out = out.reset_index()
    out = out.fillna({"themes": "", "role": "", "affiliation": "", "speaker_kind": ""})
    return out[columns].sort_values(["quotes", "speaker"], ascending=[False, True], ignore_index=True)


def top_speakers(t: Tables, *, top: int = 15) -> pd.DataFrame:
    """The named speakers quoted most (columns: speaker, speaker_kind, quotes); unnamed sources are left out."""
    quotes = t[schema.QUOTES]
    names = named(quotes["speaker"])
    counts = names.value_counts().rename_axis("speaker").rename("quotes").reset_index()
    counts = counts.sort_values(["quotes", "speaker"], ascending=[False, True]).head(top)
    leaders = quotes.loc[isin_small(quotes["speaker"], counts["speaker"])]
    kinds = most_frequent(leaders, "speaker", "speaker_kind")
    counts["speaker_kind"] = counts["speaker"].map(kinds).astype(object).fillna("")
    return counts[["speaker", "speaker_kind", "quotes"]].reset_index(drop=True)


def speaker_themes(t: Tables, *, top: int = 20) -> pd.DataFrame:
    """Quotes per speaker and theme for the most quoted speakers (columns: speaker, theme, quotes)."""
    quotes = t[schema.QUOTES]
    leaders = named(quotes["speaker"]).value_counts().head(top).index
    mine = quotes.loc[quotes["speaker"].isin(list(leaders))]
    counts = _theme_counts(mine, "speaker").rename_axis(index="speaker", columns="theme")
    out = counts.stack().rename("quotes").reset_index()
    return out.loc[out["quotes"] > 0].sort_values(["speaker", "theme"], ignore_index=True)


def speaker_profile(t: Tables, speaker: str) -> pd.DataFrame:
    """A speaker's quotes per month and theme ("(no theme)" for quotes in unthemed paragraphs)."""
    quotes = t[schema.QUOTES]
    mine = quotes.loc[quotes["speaker"] == speaker, ["quote_id", "article_id", "topics"]]
    mine = mine.assign(theme=mine["topics"].fillna("").str.split(schema.TOPIC_SEPARATOR)).explode("theme")
    mine["theme"] = mine["theme"].replace("", "(no theme)").fillna("(no theme)")
    mine["month"] = mine["article_id"].map(months(t))
    out = mine.dropna(subset=["month"]).groupby(["month", "theme"]).size().rename("quotes").reset_index()
    return out.sort_values(["month", "theme"], ignore_index=True)


def _top_themes(quotes: pd.DataFrame, *, top: int = 3) -> pd.Series:
    """Per speaker, their most quoted themes with counts: "trade (4), military (1)"."""
    counts = _theme_counts(quotes, "speaker")
    ranked = counts.rename_axis(index="speaker", columns="theme").stack().rename("n").reset_index()
    ranked = ranked.loc[ranked["n"] > 0].sort_values(["speaker", "n", "theme"], ascending=[True, False, True])
    ranked = ranked.groupby("speaker").head(top)
    ranked["cell"] = ranked["theme"].astype(str) + " (" + ranked["n"].astype(str) + ")"
    return join_by(ranked["speaker"], ranked["cell"])


def _theme_counts(quotes: pd.DataFrame, key: str) -> pd.DataFrame:
    """Quotes per value of `key` (rows) and theme (columns), from each quote's labels cell."""
    topics = quotes["topics"].fillna("")
    names = sorted({name for cell in topics.unique() for name in str(cell).split(schema.TOPIC_SEPARATOR) if name})
    sep = re.escape(schema.TOPIC_SEPARATOR)
    flags = pd.DataFrame(
        {
            name: topics.str.contains(f"(?:^|{sep}){re.escape(name)}(?:{sep}|$)", regex=True).astype("int64")
            for name in names
        },
        index=quotes.index,
    )
    return flags.groupby(quotes[key].to_numpy(dtype=object)).sum()
