"""AppTest fixtures: a store of the sample articles built once per session, and an app bound to a store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from tests.stores import fill

APP = str(ROOT / "app.py")
PAGES = {
    "pages/overview.py": "Overview",
    "pages/themes.py": "Themes",
    "pages/quotes.py": "Analysts & quotes",
    "pages/entities.py": "Entities",
    "pages/articles.py": "Articles",
    "pages/add_articles.py": "Add articles",
}


@pytest.fixture(scope="session")
def sample_store_path(tmp_path_factory, nlp, themes) -> Path:
    path = tmp_path_factory.mktemp("samples") / "samples.duckdb"
    fill(path, nlp, themes)
    return path


@pytest.fixture()
def open_app(monkeypatch) -> Callable[..., AppTest]:
    """Run app.py against a store and switch to a page; the returned AppTest has run that page."""

    def run(store: Path, page: str = "pages/overview.py", **query: str | list[str]) -> AppTest:
        monkeypatch.setenv("DASHBOARD_STORE", str(store))
        at = AppTest.from_file(APP, default_timeout=120)
        at.query_params.update(query)
        at.run()
        if page != "pages/overview.py":
            at.switch_page(page).run()
        return at

    return run
