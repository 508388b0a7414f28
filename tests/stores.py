"""Stores for dashboard tests, filled by the real pipeline (reader, spaCy, themes, quotes) and the real Store."""

from __future__ import annotations

from pathlib import Path

import duckdb

from dashboard import schema
from dashboard.analysis import analyse
from dashboard.sources import ReadFailure, read_bytes, read_paths
from dashboard.store import Store, keys
from tests.conftest import SAMPLES


def fill(path: Path, nlp, themes, *, paths: list[Path] | None = None) -> Store:
    """A store at `path` holding every article under `paths` (default: data/samples), analysed for real."""
    store = Store(path)
    articles = [a for a in read_paths(paths or [SAMPLES]) if not isinstance(a, ReadFailure)]
    assert articles, "no sample article could be read"
    for result in store.add_all(analyse(articles, nlp, themes)):
        assert result.status in {"stored", "unchanged"}, result
    return store


def add_text(store: Store, name: str, text: str, nlp, themes) -> None:
    """Add one article given as text in the seed format (written for a test, never corpus text)."""
    articles = [a for a in read_bytes(name, text.encode("utf-8")) if not isinstance(a, ReadFailure)]
    assert articles, f"{name} could not be read"
    for result in store.add_all(analyse(articles, nlp, themes)):
        assert result.status == "stored", result


#: Per table, the rows whose stored keys disagree with what they are derived from (`store.keys`).
_WRONG_KEYS = {
    schema.ARTICLES: "SELECT count(*) - count(DISTINCT article_key) + count(*) FILTER (WHERE article_key IS NULL) "
    "FROM articles",
    **{
        table: f"SELECT count(*) FROM {table} t LEFT JOIN articles a USING (article_id) "
        f"WHERE t.article_key IS DISTINCT FROM a.article_key"
        for table in (schema.PARAGRAPHS, schema.PARAGRAPH_TOPICS)
    },
    "paragraphs (month, text)": "SELECT count(*) FROM paragraphs t JOIN articles a USING (article_id) "
    "WHERE t.month IS DISTINCT FROM date_trunc('month', a.published) OR t.text_lower IS DISTINCT FROM lower(t.text)",
    schema.ENTITIES: "SELECT count(*) FROM entities t JOIN articles a USING (article_id) "
    "LEFT JOIN paragraphs p USING (article_id, paragraph) LEFT JOIN entity_names n USING (canonical) "
    "WHERE t.article_key IS DISTINCT FROM a.article_key OR t.month IS DISTINCT FROM date_trunc('month', a.published) "
    "OR t.entity_key IS DISTINCT FROM n.entity_key OR t.topics IS DISTINCT FROM p.topics",
    # A first mention is a row with no row of the same name before it, in its paragraph or in its article.
    "entities (first in paragraph)": "SELECT count(*) FROM entities t WHERE t.first_in_paragraph IS DISTINCT FROM "
    "NOT EXISTS (SELECT 1 FROM entities o WHERE o.article_id = t.article_id AND o.paragraph = t.paragraph "
    "AND o.canonical IS NOT DISTINCT FROM t.canonical AND (o.start_char, o.end_char) < (t.start_char, t.end_char))",
    "entities (first in article)": "SELECT count(*) FROM entities t WHERE t.first_in_article IS DISTINCT FROM "
    "NOT EXISTS (SELECT 1 FROM entities o WHERE o.article_id = t.article_id "
    "AND o.canonical IS NOT DISTINCT FROM t.canonical "
    "AND (o.paragraph, o.start_char, o.end_char) < (t.paragraph, t.start_char, t.end_char))",
    keys.ENTITY_NAMES: "SELECT count(*) - count(DISTINCT entity_key) + count(*) FILTER (WHERE entity_key IS NULL) "
    "FROM entity_names",
    "entity_names (label)": f"SELECT count(*) FROM entity_names n JOIN ({keys.usual_labels('entities')}) u "
    "USING (entity_key) WHERE n.label IS DISTINCT FROM u.label",
    schema.QUOTES: "SELECT count(*) FROM quotes t JOIN articles a USING (article_id) "
    "WHERE t.article_key IS DISTINCT FROM a.article_key OR t.published IS DISTINCT FROM a.published "
    "OR t.month IS DISTINCT FROM date_trunc('month', a.published) OR t.quote_lower IS DISTINCT FROM lower(t.quote)",
}


def wrong_keys(path: Path) -> dict[str, int]:
    """Rows of the store file whose keys, months, labels or lower-cased text disagree with their sources, per table
    (empty when every one agrees)."""
    with duckdb.connect(str(path), read_only=True) as con:
        found = {name: con.execute(sql).fetchone()[0] for name, sql in _WRONG_KEYS.items()}
    return {name: n for name, n in found.items() if n}
