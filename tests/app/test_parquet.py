"""The dashboard over a folder of Parquet partitions (`DASHBOARD_STORE=folder`): every page runs on it, read-only."""

from __future__ import annotations

import pytest

from dashboard import schema
from dashboard.analysis import analyse
from dashboard.sources import ReadFailure, read_paths
from dashboard.store import parquet
from dashboard.store.filters import Filters
from dashboard.store.reader import Reader
from tests.app.conftest import PAGES
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def folder(tmp_path_factory, nlp, themes):
    items = list(analyse((r for r in read_paths([SAMPLES]) if not isinstance(r, ReadFailure)), nlp, themes))
    out = tmp_path_factory.mktemp("parquet-app") / "tables"
    parquet.write_partition(items[:3], out, 0)
    parquet.write_partition(items[3:], out, 1)
    return out


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_a_parquet_folder(open_app, folder, page):
    at = open_app(folder, page)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert at.title[0].value == PAGES[page]
    if page == "pages/add_articles.py":
        assert not at.get("file_uploader") and "never writes" in at.info[0].value
    else:
        assert at.get("plotly_chart") or at.dataframe


def test_the_overview_of_a_parquet_folder_counts_its_rows(open_app, folder):
    at = open_app(folder, kinds="analyst")
    kept = Reader(folder).filtered_tables(Filters(kinds=("analyst",)))
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Articles"] == f"{len(kept[schema.ARTICLES]):,}"
    assert metrics["Quotes"] == f"{len(kept[schema.QUOTES]):,}"
