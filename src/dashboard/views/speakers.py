"""The Analysts & quotes page's queries: speakers with kind, role and affiliation, their themes and quotes."""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard import schema
from dashboard.store.keys import most_frequent
from dashboard.store.queries import shared, values
from dashboard.views.common import LABELS, MONTH, NAMED, analysed, frame, rows
from dashboard.views.listing import Listing

#: Quotes per speaker (blank or missing for unnamed sources) and kind: made once per filters (by the Overview's
#: headline counts and most quoted) and read by the Analysts page's speakers and most quoted.
SPEAKER_KINDS = shared(
    "shared_speaker_kinds", "SELECT speaker, speaker_kind, count(*) AS n FROM kept_quotes GROUP BY ALL"
)


def top_speakers(con: duckdb.DuckDBPyConnection, top: int = 15) -> pd.DataFrame:
    """The named speakers quoted most (columns: speaker, speaker_kind, quotes); unnamed sources are left out."""
    return frame(
        con,
        f"""SELECT speaker, coalesce({most_frequent("speaker_kind")}, '') AS speaker_kind, sum(n) AS quotes
            FROM {SPEAKER_KINDS} WHERE {NAMED} GROUP BY speaker ORDER BY quotes DESC, speaker LIMIT {int(top)}""",
    )


def speaker_themes(con: duckdb.DuckDBPyConnection, top: int = 20, kind: str | None = None) -> pd.DataFrame:
    """Quotes per speaker and theme for the most quoted named speakers, of one kind if given (columns: speaker,
    theme, quotes)."""
    of_kind = f"AND speaker_kind IN {values([kind])}" if kind else ""
    return frame(
        con,
        f"""WITH mine AS (SELECT speaker, topics FROM kept_quotes WHERE {NAMED} {of_kind}),
                 leaders AS (SELECT speaker FROM mine GROUP BY speaker ORDER BY count(*) DESC, speaker LIMIT {int(top)})
            SELECT speaker, theme, count(*) AS quotes
            FROM (SELECT speaker, {LABELS} AS theme FROM mine WHERE speaker IN (SELECT speaker FROM leaders))
            WHERE theme <> '' GROUP BY ALL ORDER BY speaker, theme""",
    )


def speaker_profile(con: duckdb.DuckDBPyConnection, speaker: str) -> pd.DataFrame:
    """A speaker's quotes per month and theme ("(no theme)" for quotes in unthemed paragraphs)."""
    return frame(
        con,
        f"""SELECT month, coalesce(nullif(theme, ''), '(no theme)') AS theme, count(*) AS quotes
            FROM (SELECT {MONTH} AS month, {LABELS} AS theme FROM kept_quotes
                  WHERE speaker = $speaker AND month IS NOT NULL)
            GROUP BY ALL ORDER BY month, theme""",
        {"speaker": speaker},
    )


def affiliations(con: duckdb.DuckDBPyConnection, top: int = 200) -> list[str]:
    """The affiliations of the kept quotes, most frequent first."""
    found = rows(
        con,
        "SELECT affiliation FROM kept_quotes WHERE trim(coalesce(affiliation, '')) <> '' "
        f"GROUP BY affiliation ORDER BY count(*) DESC, affiliation LIMIT {int(top)}",
    )
    return [name for (name,) in found]


_DESCRIBED = ", ".join(f"coalesce({most_frequent(c)}, '') AS {c}" for c in ("speaker_kind", "role", "affiliation"))

#: Per profile field, its name when the speakers file gave it to any of a speaker's quotes (else NULL).
_PINNED = ", ".join(
    f"CASE WHEN bool_or({field}_from = 'file') THEN '{field}' END" for field in ("kind", "role", "affiliation")
)

#: One row per speaker ("" for unnamed sources): most frequent kind, role and affiliation, quotes, articles,
#: top three themes with counts, first and last seen, and where the profile came from (the articles or the
#: speakers file, field by field).
SPEAKERS = Listing(
    rows="SELECT * FROM "
    + shared(
        "shared_speakers",
        f"SELECT speaker, sum(n)::BIGINT AS quotes FROM {SPEAKER_KINDS} WHERE speaker IS NOT NULL GROUP BY speaker",
    ),
    order="quotes DESC, speaker",
    search=("speaker",),
    # The chosen speakers are numbered, and their quotes grouped by that number: a fifth faster than by name.
    expand=f"""
        WITH numbered AS (SELECT speaker, quotes, row_number() OVER () AS idx FROM chosen),
             mine AS MATERIALIZED (
                SELECT n.idx, q.speaker_kind, q.role, q.affiliation, q.kind_from, q.role_from, q.affiliation_from,
                       q.topics, q.article_key, q.published FROM kept_quotes q JOIN numbered n USING (speaker)),
             combos AS (SELECT idx, speaker_kind, role, affiliation, count(*) AS n FROM mine GROUP BY ALL),
             described AS (SELECT idx, {_DESCRIBED} FROM combos GROUP BY idx),
             dated AS (SELECT idx, count(DISTINCT article_key) AS articles, min(published) AS first_seen,
                              max(published) AS last_seen, concat_ws(', ', {_PINNED}) AS fields
                       FROM mine GROUP BY idx),
             cells AS (SELECT idx, topics, count(*) AS n FROM mine GROUP BY ALL),
             themed AS (SELECT idx, theme, sum(n) AS n
                        FROM (SELECT idx, n, {LABELS} AS theme FROM cells) WHERE theme <> '' GROUP BY idx, theme
                        QUALIFY row_number() OVER (PARTITION BY idx ORDER BY sum(n) DESC, theme) <= 3),
             themes AS (SELECT idx, string_agg(theme || ' (' || n || ')', ', ' ORDER BY n DESC, theme) AS themes
                        FROM themed GROUP BY idx)
        SELECT c.speaker, d.speaker_kind, d.role, d.affiliation, c.quotes, t.articles,
               coalesce(th.themes, '') AS themes, t.first_seen, t.last_seen,
               CASE WHEN t.fields = '' THEN 'articles' ELSE 'speakers file: ' || t.fields END AS profile_from
        FROM numbered c JOIN described d USING (idx) JOIN dated t USING (idx) LEFT JOIN themes th USING (idx)""",
)


def quote_listing(affiliations: list[str] | tuple[str, ...] = ()) -> Listing:
    """The kept quotes (of these affiliations, if any) with their article's title and date, newest first. Titles
    are joined to the rows of the page only (to every kept quote when a search looks in them)."""
    chosen = f"WHERE q.affiliation IN {values(affiliations)}" if affiliations else ""
    quotes = f"SELECT {analysed(schema.QUOTES, 'q')}, q.published, q.article_key FROM kept_quotes q {chosen}"
    return Listing(
        rows=quotes,
        order="published DESC NULLS LAST, quote_id",
        search=("quote", "speaker", "role", "affiliation", "title"),
        expand=f"SELECT {analysed(schema.QUOTES, 'c')}, a.title, c.published FROM chosen c "
        "LEFT JOIN articles a ON a.article_key = c.article_key",
        searched=f"SELECT q.*, a.title FROM ({quotes}) q LEFT JOIN articles a ON a.article_key = q.article_key",
    )
