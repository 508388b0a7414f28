"""The Entities page's frames: the most named entities by kind, who is named with whom, mentions over time."""

from __future__ import annotations

import pandas as pd

from dashboard import schema
from dashboard.views.common import (
    Tables,
    isin_small,
    months,
    most_frequent,
)

#: Entity labels shown as people, organisations and places on the Entities page.
ENTITY_GROUPS = {"PERSON": "people", "ORG": "organisations", "GPE": "places", "LOC": "places", "NORP": "groups"}


def entity_summary(t: Tables) -> pd.DataFrame:
    """Every entity with its usual type, mentions and articles, most named first (canonical, label, mentions,
    articles); compute it once per page and slice it with `top_entities`."""
    entities = t[schema.ENTITIES]
    columns = ["canonical", "label", "mentions", "articles"]
    if entities.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    grouped = entities.groupby("canonical")
    out = pd.DataFrame({"mentions": grouped.size(), "articles": grouped["article_id"].nunique()})
    out["label"] = most_frequent(entities, "canonical", "label")
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
        isin_small(entities["canonical"], nodes["canonical"]), ["article_id", "paragraph", "canonical"]
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
