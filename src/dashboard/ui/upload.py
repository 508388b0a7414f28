"""One uploaded file read, analysed and stored, reported as one result row per article or failure."""

from __future__ import annotations

from spacy.language import Language

from dashboard.analysis import analyse
from dashboard.analysis.speaker_file import SpeakerFileError, speaker_file_of
from dashboard.analysis.themes import Themes
from dashboard.config import Settings
from dashboard.sources import Article, ReadFailure, read_bytes
from dashboard.store import Store, StoreError

READONLY = "this dashboard is read-only (DASHBOARD_READONLY): add articles with `python -m dashboard ingest` instead"


def ingest_upload(name: str, content: bytes, *, nlp: Language, themes: Themes, settings: Settings) -> list[dict]:
    """Rows (file, status, article_id, title, message): stored / renamed / unchanged / failed, never an exception.
    The speakers file pins its speakers as `ingest` does; a bad one refuses the file, naming the line at fault.
    A read-only dashboard (`settings.readonly`) refuses every file without reading it or opening the store."""
    if settings.readonly:
        return [_row(name, "failed", message=READONLY)]
    try:
        speakers = speaker_file_of(settings)
    except SpeakerFileError as err:
        return [_row(name, "failed", message=f"{err}; nothing was stored")]
    articles: list[Article] = []
    rows: list[dict] = []
    for item in read_bytes(name, content, source_file=name, settings=settings):
        if isinstance(item, ReadFailure):
            rows.append(_row(name, "failed", message=item.reason if item.source == name else str(item)))
        else:
            articles.append(item)
    if not articles:
        return rows or [_row(name, "failed", message="no article found in the file")]
    titles = {a.article_id: a.title for a in articles}
    try:
        for result in Store(settings.store_path).add_all(analyse(articles, nlp, themes, speakers=speakers)):
            message = result.reason
            if result.status == "renamed":
                message = "another text already has this id; stored under a new id"
            elif result.status == "unchanged":
                message = "already stored"
            original = result.article_id.split("~")[0]
            rows.append(_row(name, result.status, result.article_id, titles.get(original, ""), message))
    except StoreError as err:
        rows.append(_row(name, "failed", message=f"{err} Nothing from this file after that point was stored."))
    return rows


def _row(file: str, status: str, article_id: str = "", title: str = "", message: str = "") -> dict:
    return {"file": file, "status": status, "article_id": article_id, "title": title, "message": message}
