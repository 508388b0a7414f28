"""The Themes page of the real app shows what decided each label, the article's context included."""

from __future__ import annotations

from dashboard.store import Store
from tests.app.test_pages import _no_errors, _table
from tests.stores import add_text

WAR_STORY = (
    "news-05022025-080000\n\nArmy Retakes Villages As Rebels Fall Back\n\n"
    "Artillery units pounded rebel positions outside the northern town of Velmora for a third day, and the "
    "Kardovian army said its troops had retaken two villages.\n\n"
    "Residents who fled across the river said they had heard heavy explosions through the night."
)


def test_the_themes_page_shows_a_label_the_context_gave_with_its_explanation(open_app, tmp_path, nlp, themes):
    store = Store(tmp_path / "war.duckdb")
    add_text(store, "war.txt", WAR_STORY, nlp, themes)
    at = open_app(store.path, "pages/themes.py")
    _no_errors(at)
    paragraphs = _table(at, "themes_paragraphs")
    weak = paragraphs[paragraphs["text"].str.startswith("Residents who fled")].iloc[0]
    assert weak["topics"] == "military"
    assert weak["topic_terms"].startswith("military: flee, explosion; context: article ")
