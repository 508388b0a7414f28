"""The Entities page's queries: the most named entities by kind, who is named with whom, mentions over time."""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd

from dashboard.store.keys import ENTITY_NAMES
from dashboard.store.queries import ENTITY_KEYS, ENTITY_MENTIONS, literal, prepared
from dashboard.views.common import MONTH, frame, rows
from dashboard.views.listing import Listing

#: Entity labels shown as people, organisations, places and groups on the Entities page.
ENTITY_GROUPS = {"PERSON": "people", "ORG": "organisations", "GPE": "places", "LOC": "places", "NORP": "groups"}
#: Most networks are drawn among at most this many entities (one bit each in a paragraph's mask).
MAX_NETWORK = 64
#: The leaders of the entities are looked for among those named at least as often as the `LEADER_POOL`-th most named.
LEADER_POOL = 2000
#: A paragraph as one integer (grouping by one is a sixth faster than by the article key and the paragraph number).
_PARAGRAPH = "(e.article_key::BIGINT << 20) | e.paragraph"

_GROUP = "CASE label " + " ".join(f"WHEN {literal(k)} THEN {literal(v)}" for k, v in ENTITY_GROUPS.items()) + " END"
_ARTICLES = """
    SELECT c.canonical, c.label, c.mentions, coalesce(a.articles, 0) AS articles FROM chosen c
    LEFT JOIN kept_entity_articles((SELECT list(entity_key) FROM chosen)) a USING (entity_key)"""
#: The entity names of the list `$names`, for `SELECT entity_key, ... {_NAMED}`.
_NAMED = f"FROM {ENTITY_NAMES} WHERE list_contains($names, canonical)"


def named_sql(top: int | None = None) -> str:
    """The SELECT of the kept entities (canonical, entity_key, mentions, label) named at least as often as the
    `top`-th most named (ties included), or of every kept entity: only those are looked up by name."""
    enough = (
        f"""WHERE m.mentions >= (SELECT min(mentions) FROM (SELECT mentions FROM {ENTITY_MENTIONS}
                                                            ORDER BY mentions DESC LIMIT {int(top)}))"""
        if top is not None
        else ""
    )
    return f"""SELECT n.canonical, m.entity_key, m.mentions, coalesce(n.label, '') AS label
               FROM {ENTITY_MENTIONS} m JOIN {ENTITY_NAMES} n USING (entity_key) {enough}"""


#: How many distinct entities the kept rows name.
_ENTITY_TOTAL = f"SELECT count(*) FROM {ENTITY_MENTIONS}"

#: Every entity with its usual type, mentions and the articles naming it, most named first.
ENTITIES = Listing(
    rows=named_sql(),
    order="mentions DESC, canonical",
    search=("canonical",),
    expand=_ARTICLES,
    total=_ENTITY_TOTAL,
)


def entity_count(con: duckdb.DuckDBPyConnection) -> int:
    """How many distinct entities the kept paragraphs name."""
    return rows(con, _ENTITY_TOTAL)[0][0]


def leaders(
    con: duckdb.DuckDBPyConnection, *, top: int = 200, per_group: int = 10, pool: int = LEADER_POOL
) -> pd.DataFrame:
    """The `top` most named entities and the `per_group` most named of each group (columns: canonical, label,
    group, mentions), most named first; slice it with `top_entities`. They are looked for among the `pool` most
    named, and among all when a group has fewer than `per_group` of those."""
    # The page reads the kept entity keys next (who is named with whom, mentions over time): made first, they are
    # what the mentions are counted from, rather than the kept rows once more (`queries.ENTITY_MENTIONS`).
    prepared(con, ENTITY_KEYS)
    found = _leaders(con, named_sql(max(pool, top)), top, per_group)
    counts = found["group"].value_counts()
    if any(counts.get(group, 0) < per_group for group in set(ENTITY_GROUPS.values())):
        found = _leaders(con, named_sql(), top, per_group)
    return found


def _leaders(con: duckdb.DuckDBPyConnection, among: str, top: int, per_group: int) -> pd.DataFrame:
    # min_by over (-mentions, name) picks each group's most named, ties by name, without sorting every entity.
    return frame(
        con,
        f"""WITH grouped AS (SELECT canonical, label, {_GROUP} AS "group", mentions FROM ({among})),
                 picked AS (
                    SELECT unnest(min_by(canonical, (-mentions, canonical), {int(per_group)})) AS canonical
                    FROM grouped WHERE "group" IS NOT NULL GROUP BY "group"
                    UNION SELECT canonical FROM (SELECT canonical FROM grouped
                                                 ORDER BY mentions DESC, canonical LIMIT {int(top)}))
            SELECT g.* FROM grouped g SEMI JOIN picked USING (canonical) ORDER BY mentions DESC, canonical""",
    )


def most_named_sql(top: int) -> str:
    """The SELECT of the `top` most named kept entities (canonical, entity_key, mentions, label), most named
    first, ties by name."""
    return f"{named_sql(top)} ORDER BY m.mentions DESC, n.canonical LIMIT {int(top)}"


def most_named(con: duckdb.DuckDBPyConnection, top: int = 15) -> pd.DataFrame:
    """The `top` most named entities (columns: canonical, label, mentions), most named first: the `leaders` of
    a page that shows no more, without grouping them."""
    return frame(
        con, f"SELECT canonical, label, mentions FROM ({most_named_sql(top)}) ORDER BY mentions DESC, canonical"
    )


def top_entities(summary: pd.DataFrame, *, top: int = 15, group: str | None = None) -> pd.DataFrame:
    """The most named entities of `leaders`, of one group ("people", "places"...) if given."""
    rows = summary if group is None else summary.loc[summary["group"] == group]
    return rows.head(top).reset_index(drop=True)


def cooccurrence(con: duckdb.DuckDBPyConnection, names: list[str]) -> pd.DataFrame:
    """How many paragraphs name each pair of these entities (columns: source, target, paragraphs)."""
    names = list(dict.fromkeys(names))[:MAX_NETWORK]
    # The entity rows of these names, as (paragraph, the name's bit): grouped into each paragraph's mask of names
    # here rather than in DuckDB. A grouping by paragraph there is a hash table of every paragraph naming one of
    # them; here, where a paragraph's rows come (nearly always) one after the other, it is a quick sort and one pass:
    # 40% less time at 100k generated articles.
    named = con.sql(
        prepared(
            con,
            f"""WITH named AS MATERIALIZED (
                    SELECT entity_key, (list_position($names, canonical) - 1)::UTINYINT AS bit {_NAMED})
                SELECT {_PARAGRAPH} AS paragraph, c.bit FROM kept_entity_keys e JOIN named c USING (entity_key)""",
        ),
        params={"names": names},
    ).to_arrow_table()
    masks = _paragraph_masks(named["paragraph"].to_numpy(), named["bit"].to_numpy())
    found, weight = np.unique(masks[(masks & (masks - np.uint64(1))) != 0], return_counts=True)  # two names or more
    # Paragraphs that name entities i and j, for every pair at once: the bits of each mask as a 0/1 matrix,
    # multiplied by itself weighted by how many paragraphs have that mask. By einsum's own loops: twice as fast as
    # an integer matmul, and no BLAS (a float matmul is faster alone, but leaves BLAS threads spinning beside
    # DuckDB's on a 2-core machine: the Entities and Articles pages a fifth slower in CPU).
    bits = ((found[:, None] >> np.arange(len(names), dtype=np.uint64)) & np.uint64(1)).astype(np.int64)
    together = np.einsum("ki,kj->ij", bits, bits * weight[:, None])
    first, second = np.nonzero(np.triu(together, k=1))
    pairs = [sorted((names[i], names[j])) + [int(together[i, j])] for i, j in zip(first, second, strict=True)]
    edges = pd.DataFrame(pairs, columns=["source", "target", "paragraphs"]).astype({"paragraphs": "int64"})
    return edges.sort_values(["paragraphs", "source", "target"], ascending=[False, True, True], ignore_index=True)


def _paragraph_masks(paragraph: np.ndarray, bit: np.ndarray) -> np.ndarray:
    """The names of each paragraph as one integer's bits, from one row per mention (its paragraph, its name's bit)."""
    if not len(paragraph):
        return np.zeros(0, dtype=np.uint64)
    order = np.argsort(paragraph, kind="stable")  # a merge of runs: the rows of a paragraph come together
    paragraph = paragraph[order]
    starts = np.flatnonzero(np.r_[True, paragraph[1:] != paragraph[:-1]])
    return np.bitwise_or.reduceat(np.left_shift(np.uint64(1), bit[order].astype(np.uint64)), starts)


def entity_timeline(con: duckdb.DuckDBPyConnection, names: list[str]) -> pd.DataFrame:
    """Mentions per month of the given entities (columns: month, canonical, mentions)."""
    return frame(
        con,
        # Counted by entity key, then named from the few chosen names (not from every name in the store).
        f"""WITH named AS MATERIALIZED (SELECT entity_key, canonical {_NAMED})
            SELECT {MONTH} AS month, n.canonical, m.mentions FROM (
                SELECT e.month, e.entity_key, count(*) AS mentions FROM kept_entity_keys e JOIN named USING (entity_key)
                WHERE e.month IS NOT NULL GROUP BY e.month, e.entity_key) m
            JOIN named n USING (entity_key) ORDER BY 1, 2""",
        {"names": list(names)},
    )
