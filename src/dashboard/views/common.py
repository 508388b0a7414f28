"""What the page frames share: the tables type, non-blank names, labelled themes, months and lookups by id."""

from __future__ import annotations

import pandas as pd

from dashboard import schema

Tables = dict[str, pd.DataFrame]


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


def most_frequent(rows: pd.DataFrame, key: str, column: str, *, weight: str | None = None) -> pd.Series:
    """Per key, the value of `column` seen most often (ties: alphabetical), ignoring blanks; rows may carry a
    count column `weight` instead of repeating."""
    present = rows.loc[rows[column].fillna("") != ""]
    if weight:
        ranked = present.groupby([key, column])[weight].sum().rename("n").reset_index()
    else:
        ranked = present.groupby([key, column]).size().rename("n").reset_index()
    ranked = ranked.sort_values(["n", column], ascending=[False, True]).drop_duplicates(key)
    return ranked.set_index(key)[column]


def isin_small(values: pd.Series, allowed: pd.Series) -> pd.Series:
    """Membership in a short list of names (pandas' isin is fast when the allowed list is short)."""
    return values.isin(list(allowed))


def per_row(values: pd.Series, keys: pd.Series) -> pd.Series:
    """`keys.map(values)` for a long column of ids and a short lookup, by position (NaN where absent)."""
    position = pd.Index(values.index).get_indexer(keys)
    found = values.to_numpy(dtype=object)[position]
    found[position < 0] = None
    return pd.Series(found, index=keys.index)


def published_of(t: Tables, article_ids: pd.Series) -> pd.Series:
    """The publication date of each article id (NaT when unknown), aligned with the ids."""
    articles = t[schema.ARTICLES]
    position = pd.Index(articles["article_id"]).get_indexer(article_ids)
    dates = pd.to_datetime(articles["published"]).to_numpy()
    found = position >= 0
    out = pd.Series(pd.NaT, index=article_ids.index, dtype="datetime64[ns]")
    out[found] = dates[position[found]]
    return out


def join_by(keys: pd.Series, values: pd.Series, separator: str = ", ") -> pd.Series:
    """Per key, its values joined in row order (a plain loop: groupby(...).agg(str.join) is 50x slower)."""
    joined: dict[str, str] = {}
    for key, value in zip(keys.tolist(), values.tolist(), strict=True):
        joined[key] = f"{joined[key]}{separator}{value}" if key in joined else value
    return pd.Series(joined, dtype=object)
