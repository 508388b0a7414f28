"""Every page of the real app (app.py + st.navigation) on the sample store and on an empty store, and the
shared filters narrowing what the pages show. The sample store is filled by the real pipeline."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import schema
from dashboard.analysis.speaker_file import load_speaker_file
from dashboard.store import Store
from dashboard.store.speakers import apply_speaker_file
from tests.app.conftest import PAGES
from tests.conftest import ROOT
from tests.stores import add_text, fill


def _no_errors(at) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def _table(at, key: str):
    """The DataFrame of the table that `page.frame(key=...)` drew: the one right before its download button."""
    shown = None
    for node in _walk(at.main):
        if node.type == "dataframe":
            shown = node.value
        elif node.type == "download_button" and node.key == f"{key}_csv":
            return shown
    raise AssertionError(f"no table {key!r} on the page")


def _walk(node):
    children = getattr(node, "children", None)
    if children is None:
        yield node
        return
    for child in children.values():
        yield from _walk(child)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_the_sample_store(open_app, sample_store_path, page):
    at = open_app(sample_store_path, page)
    _no_errors(at)
    assert at.title[0].value == PAGES[page]
    if page != "pages/add_articles.py":
        assert "No articles yet" not in [s.value for s in at.subheader]
        assert at.get("plotly_chart") or at.dataframe, "the page shows neither a chart nor a table"


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_an_empty_store_and_says_how_to_add_articles(open_app, tmp_path, page):
    at = open_app(tmp_path / "nothing-yet.duckdb", page)
    _no_errors(at)
    assert at.title[0].value == PAGES[page]
    if page == "pages/add_articles.py":
        assert len(at.get("file_uploader")) == 1
    else:
        assert "No articles yet" in [s.value for s in at.subheader]
        assert any("python -m dashboard ingest" in m.value for m in at.markdown)
        assert not at.get("plotly_chart")


@pytest.mark.parametrize("page", PAGES)
def test_a_page_started_on_its_own_runs_inside_the_app_with_the_filters_of_its_link(
    sample_store_path, monkeypatch, page
):
    """What Streamlit does with a deep link that is a fresh server's first request: it runs the page file alone."""
    monkeypatch.setenv("DASHBOARD_STORE", str(sample_store_path))
    at = AppTest.from_file(str(ROOT / page), default_timeout=120)
    at.query_params.update(themes="trade")
    at.run()
    _no_errors(at)
    assert at.title[0].value == PAGES[page]
    assert at.multiselect(key="themes").value == ["trade"]
    assert [t.value for t in at.sidebar.header] == ["Filters"]


@pytest.mark.parametrize("page", PAGES)
def test_charts_with_nothing_to_show_say_so_instead_of_failing(open_app, tmp_path, nlp, themes, page):
    store = Store(tmp_path / "no-names.duckdb")
    text = (
        "news-01012025-000000\n\nTariffs bite\n\nExports of grain fell again as the new tariffs on wheat took "
        "effect, and the trade deficit widened to a record.\n"
    )
    add_text(store, "tariffs.txt", text, nlp, themes)
    assert store.counts()[schema.ENTITIES] == 0, "the article should name no entity, so entity charts are empty"
    _no_errors(open_app(store.path, page))


def test_overview_counts_are_those_of_the_store(open_app, sample_store_path):
    at = open_app(sample_store_path)
    counts = Store(sample_store_path).counts()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Articles"] == f"{counts[schema.ARTICLES]:,}"
    assert metrics["Quotes"] == f"{counts[schema.QUOTES]:,}"
    assert metrics["Paragraphs"] == f"{counts[schema.PARAGRAPHS]:,}"
    with duckdb.connect(str(sample_store_path), read_only=True) as con:
        (entities,) = con.execute("SELECT count(DISTINCT canonical) FROM entities").fetchone()
    assert metrics["Entities"] == f"{entities:,}"  # asked on the page's second connection


def test_a_theme_chosen_in_the_sidebar_narrows_every_table(open_app, sample_store_path):
    at = open_app(sample_store_path, "pages/quotes.py")
    everything = _table(at, "quotes_table")
    at = open_app(sample_store_path)
    at.multiselect(key="themes").set_value(["military"]).run()
    at.switch_page("pages/quotes.py").run()
    _no_errors(at)
    military = _table(at, "quotes_table")
    assert 0 < len(military) < len(everything)
    assert military["topics"].str.split(";").map(lambda themes: "military" in themes).all()

    at.switch_page("pages/articles.py").run()
    _no_errors(at)
    articles = _table(at, "articles_table")
    assert not articles.empty and articles["themes"].str.contains("military").all()


def test_the_sidebar_widgets_filter_and_the_filter_follows_to_other_pages(open_app, sample_store_path):
    at = open_app(sample_store_path)
    before = {m.label: m.value for m in at.metric}["Quotes"]
    at.multiselect(key="speakers").set_value(["Mara Quell"]).run()
    _no_errors(at)
    assert {m.label: m.value for m in at.metric}["Quotes"] != before
    at.switch_page("pages/quotes.py").run()
    quotes = _table(at, "quotes_table")
    assert not quotes.empty and set(quotes["speaker"]) == {"Mara Quell"}
    speakers = _table(at, "speakers_table")
    assert list(speakers["speaker"]) == ["Mara Quell"]


def test_the_analysts_page_says_which_profile_fields_came_from_the_speakers_file(open_app, tmp_path, nlp, themes):
    store = tmp_path / "pinned.duckdb"
    fill(store, nlp, themes)
    pinned = tmp_path / "speakers.toml"
    pinned.write_text('[[speaker]]\nname = "Mara Quell"\nkind = "official"\naffiliation = "Harbour Council"\n')
    apply_speaker_file(Store(store), load_speaker_file(pinned))
    at = open_app(store, "pages/quotes.py")
    _no_errors(at)
    speakers = _table(at, "speakers_table").set_index("speaker")
    mara = speakers.loc["Mara Quell"]
    assert (mara["speaker_kind"], mara["affiliation"]) == ("official", "Harbour Council")
    assert mara["profile_from"] == "speakers file: kind, affiliation"
    assert set(speakers.drop(index="Mara Quell")["profile_from"]) == {"articles"}


def test_a_link_with_filters_in_the_url_opens_the_filtered_view(open_app, sample_store_path):
    at = open_app(sample_store_path, kinds="analyst", themes=["trade", "diplomacy"])
    assert at.multiselect(key="kinds").value == ["analyst"]
    assert set(at.multiselect(key="themes").value) == {"trade", "diplomacy"}
    at.switch_page("pages/quotes.py").run()
    quotes = _table(at, "quotes_table")
    assert not quotes.empty and set(quotes["speaker_kind"]) == {"analyst"}
    assert quotes["topics"].str.contains("trade|diplomacy").all()


def test_dates_and_text_narrow_the_article_list(open_app, sample_store_path):
    everything = _table(open_app(sample_store_path, "pages/articles.py"), "articles_table")
    at = open_app(sample_store_path)
    at.date_input(key="since").set_value(date(2025, 1, 1)).run()
    at.switch_page("pages/articles.py").run()
    recent = _table(at, "articles_table")
    assert 0 < len(recent) < len(everything)
    assert (recent["published"] >= "2025-01-01").all()

    at = open_app(sample_store_path)
    at.date_input(key="since").set_value(date(2025, 1, 1))
    at.text_input(key="text").input("grain").run()
    at.switch_page("pages/articles.py").run()
    grain = _table(at, "articles_table")
    assert 0 < len(grain) < len(recent)


def test_filters_that_match_nothing_say_so_and_offer_to_clear(open_app, sample_store_path):
    at = open_app(sample_store_path)
    at.text_input(key="text").input("no article says zqxwv").run()
    _no_errors(at)
    assert any("No article matches" in i.value for i in at.info)
    assert not at.get("plotly_chart")
    at.button(key="clear_empty").click().run()
    _no_errors(at)
    assert at.text_input(key="text").value == ""
    assert at.get("plotly_chart")


def test_the_reader_shows_article_text_escaped_never_as_markup(open_app, tmp_path, nlp, themes):
    store = Store(tmp_path / "hostile.duckdb")
    add_text(
        store,
        "hostile.txt",
        (
            "news-01022025-100000\n\nA Test of Hostile Markup\n\n"
            "The minister said <script>alert('x')</script> that **trade** talks with [Norway](javascript:alert(1)) "
            "would resume, and that $x$ and :red[colour] marks stay plain text.\n\n"
            '=HYPERLINK("http://example.com") is how a spreadsheet formula starts, said analyst Jane Roe.'
        ),
        nlp,
        themes,
    )
    at = open_app(store.path, "pages/articles.py")
    _no_errors(at)
    body = "\n".join(m.value for m in at.markdown)
    # every angle bracket escaped, wherever a quote's or an entity's mark cuts the tag
    assert re.search(r"(?<!\\)[<>]", body) is None and "\\<" in body and "script\\>" in body
    assert "](javascript" not in body and "\\]\\(javascript" in body
    assert "**trade**" not in body and ":red[" not in body and "$x$" not in body
    assert "Norway" in body


def test_a_new_article_shows_on_the_next_run_without_a_restart(open_app, tmp_path, nlp, themes):
    store = Store(tmp_path / "growing.duckdb")
    add_text(
        store, "first.txt", "First Harbour Report\n\nThe harbour reopened after the storm, officials said.", nlp, themes
    )
    at = open_app(store.path, "pages/articles.py")
    assert len(_table(at, "articles_table")) == 1
    add_text(
        store,
        "second.txt",
        "Second Harbour Report\n\nShipping resumed on Friday, the port authority said.",
        nlp,
        themes,
    )
    at.run()
    _no_errors(at)
    assert set(_table(at, "articles_table")["title"]) == {"First Harbour Report", "Second Harbour Report"}


#: The Overview of the real app in a fresh process: whether it imported spaCy, and the sidebar's themes.
FIRST_PAGE = """
import sys
from streamlit.testing.v1 import AppTest
at = AppTest.from_file(sys.argv[1], default_timeout=120)
at.run()
assert not at.exception and not at.error, [e.value for e in [*at.exception, *at.error]]
print("spacy" in sys.modules, ",".join(at.multiselect(key="themes").options))
"""


def test_the_first_page_lists_the_themes_file_without_loading_spacy(sample_store_path, tmp_path):
    """Showing the stored articles needs no language model: the sidebar reads the theme names from the themes file
    (a theme a user added included) and spaCy, a second to import, waits for the Add articles page."""
    themes = tmp_path / "themes.toml"
    themes.write_text(
        (ROOT / "data" / "themes.toml").read_text() + "\n[energy]\nthreshold = 2.0\nterms = { pipeline = 2 }\n"
    )
    env = {**os.environ, "DASHBOARD_STORE": str(sample_store_path), "DASHBOARD_THEMES": str(themes)}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAGE, str(ROOT / "app.py")], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    loaded, names = done.stdout.split()
    assert loaded == "False" and set(names.split(",")) >= {"trade", "military", "diplomacy", "energy"}
