"""Applying the speakers file to every stored quote again, after the user edited it, without parsing anything.

Each quote keeps what its article said of the speaker (`article_*` columns), so the shown speaker, kind, role and
affiliation, and where each came from, are recomputed from those and the file: an entry removed gives the quotes
back their article's values, a kind changed replaces the old one. One transaction, so readers see the quotes all
before or all after; each distinct set of article values is looked up once, however many quotes share it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard import schema
from dashboard.analysis.speaker_file import FIELDS, FROM_FILE, SpeakerFile
from dashboard.store.connection import StoreError, transaction
from dashboard.store.store import Store

_SHOWN = [column for shown, _, source in FIELDS for column in (shown, source)]


@dataclass(frozen=True)
class Applied:
    """What applying the file did: quotes stored, quotes whose shown profile changed, quotes per pinned speaker."""

    quotes: int
    changed: int
    pinned: dict[str, int]


def apply_speaker_file(store: Store, speakers: SpeakerFile) -> Applied:
    """Show every stored quote's speaker as the file says, from what its article said, in one transaction."""
    if not store.path.exists():
        raise StoreError(f"no store at {store.path}; add articles first with `python -m dashboard ingest PATH`")
    said_columns = ", ".join(f"{kept} AS {shown}" for shown, kept, _ in FIELDS)
    with store.connect() as con, transaction(con):
        cursor = con.execute(f"SELECT DISTINCT {said_columns} FROM {schema.QUOTES}")
        names = [d[0] for d in cursor.description]
        pinned = pd.DataFrame([speakers.pin(dict(zip(names, row, strict=True))) for row in cursor.fetchall()])
        if pinned.empty:
            return Applied(0, 0, {})
        same_said = " AND ".join(f"q.{kept} IS NOT DISTINCT FROM p.{kept}" for _, kept, _ in FIELDS)
        differs = " OR ".join(f"q.{column} IS DISTINCT FROM p.{column}" for column in _SHOWN)
        con.register("pinned", pinned)
        try:
            (changed,) = con.execute(
                f"UPDATE {schema.QUOTES} q SET {', '.join(f'{c} = p.{c}' for c in _SHOWN)} FROM pinned p "
                f"WHERE {same_said} AND ({differs})"
            ).fetchone()
        finally:
            con.unregister("pinned")
        (quotes,) = con.execute(f"SELECT count(*) FROM {schema.QUOTES}").fetchone()
        counts = con.execute(
            f"SELECT speaker, count(*) FROM {schema.QUOTES} WHERE speaker_from = ? GROUP BY speaker", [FROM_FILE]
        ).fetchall()
    return Applied(quotes, changed, dict(counts))
