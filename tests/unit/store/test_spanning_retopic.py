"""`retopic` gives a stored quote over several paragraphs the themes of every paragraph it spans, as the analysis
did when it was stored (fictional text)."""

from __future__ import annotations

from dashboard import schema
from dashboard.analysis import analyse
from dashboard.sources import read_paths
from dashboard.store import Store
from dashboard.store.retopic import retopic
from tests.unit.cli.test_spanning_extract import SPANNING_ARTICLE


def test_retopic_keeps_the_union_of_the_themes_of_a_spanning_quote(tmp_path, nlp, themes, settings):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "vesna.txt").write_text(SPANNING_ARTICLE, encoding="utf-8")
    store = Store(tmp_path / "store.duckdb")
    for item in analyse(read_paths([folder], settings=settings), nlp, themes):
        assert store.add(item).status == "stored"
    spanning = store.table(schema.QUOTES).query("last_paragraph > paragraph")
    assert len(spanning) == 1 and {"trade", "military"} <= set(spanning["topics"].iloc[0].split(";"))
    retopic(store, nlp, themes)
    again = store.table(schema.QUOTES).query("last_paragraph > paragraph")
    assert list(again["topics"]) == list(spanning["topics"])
