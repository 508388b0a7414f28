"""`retopic` on a real DuckDB store: themes of stored paragraphs and quotes follow an edited themes file."""

from __future__ import annotations

import pytest

from dashboard import schema
from dashboard.analysis import analyse
from dashboard.analysis.themes import load_themes
from dashboard.cli import main
from dashboard.sources import read_paths
from dashboard.store import Store
from dashboard.store.retopic import retopic
from tests.stores import wrong_keys

HARBOUR = """news-02032025-090000

Navy Drills Off The Coast

The navy began joint exercises with two allied fleets on Monday, sending warships and submarines into the strait.

"These exercises show that our forces are ready," the defence minister said on Monday.

A new wind farm off the same coast will feed electricity into the national grid from next year.
"""

MARKETS = """news-03032025-100000

Grain Exports Rise

Wheat exports rose by a fifth in February as buyers in Asia and Africa raised their imports.

The port authority said a new solar panel field would cover the roofs of its warehouses and cut coal use.
"""

ENERGY = """
[energy]
threshold = 2.0

[energy.terms]
"wind farm" = 2.0
"solar panel" = 2.0
"electricity" = 1.0
"grid" = 1.0
"coal" = 1.0
"""


@pytest.fixture
def store(tmp_path, nlp, themes, settings):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (folder / "markets.txt").write_text(MARKETS, encoding="utf-8")
    store = Store(tmp_path / "store.duckdb")
    for item in analyse(read_paths([folder], settings=settings), nlp, themes):
        assert store.add(item).status == "stored"
    return store


def topics_by_start(store: Store) -> dict[str, str]:
    paragraphs = store.table(schema.PARAGRAPHS)
    return {text[:20]: topics or "" for text, topics in zip(paragraphs["text"], paragraphs["topics"], strict=True)}


def test_stored_paragraphs_carry_the_shipped_themes(store):
    topics = topics_by_start(store)
    assert topics["The navy began joint"] == "military"
    assert topics["Wheat exports rose b"] == "trade"
    assert topics["A new wind farm off "] == ""


def test_retopic_relabels_paragraphs_scores_and_quotes_after_the_file_changes(store, nlp, tmp_path):
    path = tmp_path / "energy.toml"
    path.write_text(ENERGY, encoding="utf-8")
    quotes_before = store.table(schema.QUOTES)

    assert retopic(store, nlp, load_themes(path)) == 5

    topics = topics_by_start(store)
    assert topics["A new wind farm off "] == "energy"
    assert topics["The port authority s"] == "energy"
    assert topics["The navy began joint"] == ""
    assert topics["Wheat exports rose b"] == ""
    paragraphs = store.table(schema.PARAGRAPHS)
    wind = paragraphs[paragraphs["text"].str.startswith("A new wind farm")].iloc[0]
    assert "energy: wind farm" in wind["topic_terms"]
    scored = store.table(schema.PARAGRAPH_TOPICS)
    assert set(scored["theme"]) == {"energy"}
    assert len(scored) == 5
    quotes = store.table(schema.QUOTES)
    assert len(quotes) == len(quotes_before) >= 2
    topics_of = {(a, p): t or "" for a, p, t in paragraphs[["article_id", "paragraph", "topics"]].itertuples(False)}
    assert [t or "" for t in quotes["topics"]] == [
        topics_of[a, p] for a, p in zip(quotes["article_id"], quotes["paragraph"], strict=True)
    ]
    assert set(quotes_before["topics"].fillna("")) == {"military", ""}
    assert set(quotes["topics"].fillna("")) == {"energy", ""}
    assert wrong_keys(store.path) == {}  # entity rows carry their paragraph's new labels


def test_retopic_back_to_the_shipped_file_restores_the_labels(store, nlp, themes, tmp_path):
    before = topics_by_start(store)
    path = tmp_path / "energy.toml"
    path.write_text(ENERGY, encoding="utf-8")
    retopic(store, nlp, load_themes(path))
    assert topics_by_start(store) != before
    retopic(store, nlp, themes)
    assert topics_by_start(store) == before
    assert set(store.table(schema.PARAGRAPH_TOPICS)["theme"]) == set(themes.names)


def test_the_command_uses_the_themes_file_named_in_the_environment(store, tmp_path, monkeypatch, capsys):
    path = tmp_path / "energy.toml"
    path.write_text(ENERGY, encoding="utf-8")
    monkeypatch.setenv("DASHBOARD_STORE", str(store.path))
    monkeypatch.setenv("DASHBOARD_THEMES", str(path))
    assert main(["retopic"]) == 0
    assert topics_by_start(store)["A new wind farm off "] == "energy"


def test_the_command_names_a_malformed_themes_file_and_keeps_the_labels(store, tmp_path, monkeypatch, capsys):
    before = topics_by_start(store)
    path = tmp_path / "broken.toml"
    path.write_text("[energy]\nthreshold = 2.0\n", encoding="utf-8")
    monkeypatch.setenv("DASHBOARD_STORE", str(store.path))
    monkeypatch.setenv("DASHBOARD_THEMES", str(path))
    assert main(["retopic"]) == 2
    err = capsys.readouterr().err
    assert "broken.toml" in err and "`terms` must be a non-empty table" in err
    assert "Traceback" not in err
    assert topics_by_start(store) == before
