"""Each page's data, computed with pandas from already filtered tables: no Streamlit, no plotting.

Every function takes the dict of tables that `filters.apply` returns and gives a small frame a chart or a
table shows as is. Themes of a paragraph are its labelled rows of `paragraph_topics`; months come from the
article's publication date (articles without one are left out of time series only).
"""

from __future__ import annotations

import re

import pandas as pd

from dashboard import schema

Tables = dict[str, pd.DataFrame]

#: Entity labels shown as people, organisations and places on the Entities page.
ENTITY_GROUPS = {"PERSON": "people", "ORG": "organisations", "GPE": "places", "LOC": "places", "NORP": "groups"}


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


def named(names: pd.Series) -> pd.Series:
    """The non-blank names of a column (unnamed sources have a blank speaker)."""
    names = names.dropna()
    return names.loc[names.astype(str).str.strip() != ""]


def by_frequency(values: pd.Series) -> list[str]:
    """The distinct non-blank values, most frequent first (ties alphabetical): options for a filter list."""
    values = values.dropna().astype(str)
    counts = values.loc[values.str.strip() != ""].value_counts().rename("n").rename_axis("name").reset_index()
    return counts.sort_values(["n", "name"], ascending=[False, True])["name"].tolist()


def labelled(t: Tables) -> pd.DataFrame:
    """One row per paragraph and theme it is labelled with: article_id, paragraph, theme."""
    topics = t[schema.PARAGRAPH_TOPICS]
    return topics.loc[topics["label"].fillna(False).astype(bool), ["article_id", "paragraph", "theme"]]


def months(t: Tables) -> pd.Series:
    """Article id -> publication month as "YYYY-MM" (articles without a date left out)."""
    articles = t[schema.ARTICLES]
    published = pd.to_datetime(articles["published"])
    known = published.notna()
    month = published[known].dt.to_period("M").astype(str)
    return pd.Series(month.to_numpy(), index=articles.loc[known, "article_id"].to_numpy())


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
        key = _per_row(months(t), paragraphs["article_id"])
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


def quotes_with_articles(t: Tables) -> pd.DataFrame:
    """The quotes with their article's title and date, newest first."""
    articles = t[schema.ARTICLES][["article_id", "title", "published"]]
    out = t[schema.QUOTES].merge(articles, on="article_id", how="left")
    return out.sort_values(["published", "quote_id"], ascending=[False, True], ignore_index=True)


def speakers(t: Tables) -> pd.DataFrame:
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
    quotes = quotes.assign(published=_published(t, quotes["article_id"]))
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
        out[column] = _most_frequent(combos, "speaker", column, weight="n")
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
    leaders = quotes.loc[_isin_small(quotes["speaker"], counts["speaker"])]
    kinds = _most_frequent(leaders, "speaker", "speaker_kind")
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


def entity_summary(t: Tables) -> pd.DataFrame:
    """Every entity with its usual type, mentions and articles, most named first (canonical, label, mentions,
    articles); compute it once per page and slice it with `top_entities`."""
    entities = t[schema.ENTITIES]
    columns = ["canonical", "label", "mentions", "articles"]
    if entities.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    grouped = entities.groupby("canonical")
    out = pd.DataFrame({"mentions": grouped.size(), "articles": grouped["article_id"].nunique()})
    out["label"] = _most_frequent(entities, "canonical", "label")
    out = out.rename_axis("canonical").reset_index()
    return out.sort_values(["mentions", "canonical"], ascending=[False, True], ignore_index=True)[columns]


def top_entities(
    t: Tables, *, top: int = 15, labels: tuple[str, ...] = (), summary: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The most named entities, of the given types if any (columns: canonical, label, mentions, articles)."""
    summary = entity_summary(t) if summary is None else summary
    if labels:
        summary = summary.loc[summary["label"].isin(labels)]
    return summary.head(top).reset_index(drop=True)


def cooccurrence(t: Tables, *, top: int = 30, summary: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The network of the most named entities: nodes (canonical, label, mentions) and the edges between
    entities named in the same paragraph (source, target, paragraphs)."""
    nodes = top_entities(t, top=top, summary=summary)
    entities = t[schema.ENTITIES]
    mentions = entities.loc[
        _isin_small(entities["canonical"], nodes["canonical"]), ["article_id", "paragraph", "canonical"]
    ].drop_duplicates()
    pairs = mentions.merge(mentions, on=["article_id", "paragraph"], suffixes=("_a", "_b"))
    pairs = pairs.loc[pairs["canonical_a"] < pairs["canonical_b"]]
    edges = pairs.groupby(["canonical_a", "canonical_b"]).size().rename("paragraphs").reset_index()
    edges = edges.rename(columns={"canonical_a": "source", "canonical_b": "target"})
    return nodes, edges.sort_values(
        ["paragraphs", "source", "target"], ascending=[False, True, True], ignore_index=True
    )


def entity_timeline(t: Tables, names: list[str]) -> pd.DataFrame:
    """Mentions per month of the given entities (columns: month, canonical, mentions)."""
    entities = t[schema.ENTITIES]
    chosen = entities.loc[entities["canonical"].isin(names), ["article_id", "canonical"]]
    chosen = chosen.assign(month=chosen["article_id"].map(months(t))).dropna(subset=["month"])
    out = chosen.groupby(["month", "canonical"]).size().rename("mentions").reset_index()
    return out.sort_values(["month", "canonical"], ignore_index=True)


def article_list(t: Tables) -> pd.DataFrame:
    """One row per article: id, title, date, source, words, themes (by paragraphs), quotes and entities."""
    articles = t[schema.ARTICLES]
    ids = articles["article_id"]
    themed = labelled(t).groupby(["article_id", "theme"]).size().rename("n").reset_index()
    themed = themed.sort_values(["article_id", "n", "theme"], ascending=[True, False, True])
    themes = _join_by(themed["article_id"], themed["theme"])
    out = articles[["article_id", "title", "published", "source", "n_words"]].assign(
        themes=ids.map(themes).astype(object).fillna(""),
        quotes=ids.map(t[schema.QUOTES]["article_id"].value_counts()).fillna(0).astype(int),
        entities=ids.map(t[schema.ENTITIES].drop_duplicates(["article_id", "canonical"])["article_id"].value_counts())
        .fillna(0)
        .astype(int),
    )
    return out.sort_values(["published", "article_id"], ascending=[False, True], ignore_index=True)


def _most_frequent(rows: pd.DataFrame, key: str, column: str, *, weight: str | None = None) -> pd.Series:
    """Per key, the value of `column` seen most often (ties: alphabetical), ignoring blanks; rows may carry a
    count column `weight` instead of repeating."""
    present = rows.loc[rows[column].fillna("") != ""]
    if weight:
        ranked = present.groupby([key, column])[weight].sum().rename("n").reset_index()
    else:
        ranked = present.groupby([key, column]).size().rename("n").reset_index()
    ranked = ranked.sort_values(["n", column], ascending=[False, True]).drop_duplicates(key)
    return ranked.set_index(key)[column]


def _isin_small(values: pd.Series, allowed: pd.Series) -> pd.Series:
    """Membership in a short list of names (pandas' isin is fast when the allowed list is short)."""
    return values.isin(list(allowed))


def _per_row(values: pd.Series, keys: pd.Series) -> pd.Series:
    """`keys.map(values)` for a long column of ids and a short lookup, by position (NaN where absent)."""
    position = pd.Index(values.index).get_indexer(keys)
    found = values.to_numpy(dtype=object)[position]
    found[position < 0] = None
    return pd.Series(found, index=keys.index)


def _published(t: Tables, article_ids: pd.Series) -> pd.Series:
    """The publication date of each article id (NaT when unknown), aligned with the ids."""
    articles = t[schema.ARTICLES]
    position = pd.Index(articles["article_id"]).get_indexer(article_ids)
    dates = pd.to_datetime(articles["published"]).to_numpy()
    found = position >= 0
    out = pd.Series(pd.NaT, index=article_ids.index, dtype="datetime64[ns]")
    out[found] = dates[position[found]]
    return out


def _top_themes(quotes: pd.DataFrame, *, top: int = 3) -> pd.Series:
    """Per speaker, their most quoted themes with counts: "trade (4), military (1)"."""
    counts = _theme_counts(quotes, "speaker")
    ranked = counts.rename_axis(index="speaker", columns="theme").stack().rename("n").reset_index()
    ranked = ranked.loc[ranked["n"] > 0].sort_values(["speaker", "n", "theme"], ascending=[True, False, True])
    ranked = ranked.groupby("speaker").head(top)
    ranked["cell"] = ranked["theme"].astype(str) + " (" + ranked["n"].astype(str) + ")"
    return _join_by(ranked["speaker"], ranked["cell"])


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


def _join_by(keys: pd.Series, values: pd.Series, separator: str = ", ") -> pd.Series:
    """Per key, its values joined in row order (a plain loop: groupby(...).agg(str.join) is 50x slower)."""
    joined: dict[str, str] = {}
    for key, value in zip(keys.tolist(), values.tolist(), strict=True):
        joined[key] = f"{joined[key]}{separator}{value}" if key in joined else value
    return pd.Series(joined, dtype=object)
