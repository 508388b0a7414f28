"""The running app in a real browser: headless Chromium (Debian's) driven by Playwright.

Starts `streamlit run app.py` on a free localhost port over a store the real pipeline filled from
data/samples. Its first page request is a link to the quotes page with a theme filter in the URL (which a
fresh server with a `pages/` folder used to run without app.py); the page must open framed, the filter set
in the sidebar. Then an analyst is chosen as a user would, and the quotes table must show only that
analyst's quotes of that theme, as many as the store holds, with both filters in the URL. And a click on a
theme's bar in the Overview's chart sets that theme as the filter.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from dashboard import schema
from dashboard.store import Store
from dashboard.store.filters import Filters
from tests.conftest import ROOT
from tests.oracle import apply
from tests.stores import fill

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
THEME, ANALYST = "military", "Mara Quell"
VISIBLE_ROWS = 10

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's Chromium at /usr/bin/chromium "
        "(apt-get install chromium); Playwright cannot download one here",
    ),
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def store(tmp_path_factory, nlp, themes) -> Store:
    return fill(tmp_path_factory.mktemp("e2e") / "samples.duckdb", nlp, themes)


@pytest.fixture(scope="module")
def server(store, tmp_path_factory):
    port = _free_port()
    log = (tmp_path_factory.mktemp("e2e-log") / "streamlit.log").open("w")
    env = {**os.environ, "DASHBOARD_STORE": str(store.path)}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "app.py"),
            "--server.port",
            str(port),
            "--server.address",
            "localhost",
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://localhost:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not start (exit {process.poll()}); see {log.name}")
            time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture()
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            tab = browser.new_page(viewport={"width": 1500, "height": 1400})
            tab.set_default_timeout(60_000)
            yield tab
        finally:
            browser.close()


def _choose(page, label: str, option: str) -> None:
    """Pick one option of a sidebar multiselect the way a user does: open it, type, take the match."""
    widget = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(has_text=label)
    widget.locator("input").click()
    widget.locator("input").fill(option)
    page.get_by_role("option", name=option, exact=True).click()
    page.keyboard.press("Escape")


def _quotes_grid(page):
    """Glide's accessible grid of the quotes table (it mirrors the canvas; the one with a "Quote" column)."""
    return page.locator('[data-testid="stDataFrame"] table[role="grid"]').filter(
        has=page.locator("th").filter(has_text=re.compile(r"^Quote$"))
    )


def _quote_rows(page, n_rows: int) -> list[dict[str, str]]:
    """The table's data rows once the grid says it holds `n_rows` (it keeps stale rows while re-rendering)."""
    grid = _quotes_grid(page)
    page.wait_for_function(
        'n => [...document.querySelectorAll(\'[data-testid="stDataFrame"] table[role="grid"]\')]'
        ".some(g => [...g.querySelectorAll('th')].some(th => th.innerText === 'Quote')"
        " && g.getAttribute('aria-rowcount') === String(n + 1))",
        arg=n_rows,
    )
    headers = grid.locator("thead th").all_inner_texts()
    rows = []
    for row in grid.locator("tbody tr").all():
        index = int(row.get_attribute("aria-rowindex") or 0)
        cells = row.locator("td").all_inner_texts()
        if 2 <= index <= n_rows + 1 and cells:
            rows.append(dict(zip(headers, cells, strict=False)))
    return rows


def test_a_deep_link_opens_filtered_and_choosing_an_analyst_leaves_only_their_quotes(page, server, store):
    tables = store.tables()
    of_theme = apply(tables, Filters(themes=(THEME,)))[schema.QUOTES]
    expected = apply(tables, Filters(themes=(THEME,), speakers=(ANALYST,)))[schema.QUOTES]
    assert 0 < len(expected) < len(of_theme) < len(tables[schema.QUOTES]), "the sample store should make this matter"

    # The server's very first page request: a link to a page with a filter in it.
    page.goto(f"{server}/quotes?themes={THEME}")
    page.get_by_role("heading", name="Analysts & quotes").wait_for()
    themes = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(has_text="Themes")
    themes.get_by_text(THEME, exact=True).wait_for()
    page.get_by_text(f"{len(of_theme):,} quotes", exact=True).wait_for()

    _choose(page, "Speakers", ANALYST)

    page.get_by_text(f"{len(expected):,} quotes", exact=True).wait_for()
    rows = _quote_rows(page, len(expected))
    assert rows, "the quotes table shows no row"
    assert {row["Speaker"] for row in rows} == {ANALYST}
    assert all(THEME in row["Themes"].split(";") for row in rows)
    shown = sorted(row["Quote"] for row in rows)
    if len(expected) <= VISIBLE_ROWS:  # the grid renders only the rows in view
        assert shown == sorted(expected["quote"])
    else:
        assert set(shown) <= set(expected["quote"]) and len(shown) >= VISIBLE_ROWS
    assert f"themes={THEME}" in page.url and "speakers=Mara+Quell" in page.url.replace("%20", "+")


def test_clicking_a_theme_bar_on_the_overview_filters_every_page_by_that_theme(page, server, store):
    tables = store.tables()
    of_theme = apply(tables, Filters(themes=(THEME,)))[schema.ARTICLES]
    assert 0 < len(of_theme) < len(tables[schema.ARTICLES]), "the sample store should make this matter"

    page.goto(server)
    page.get_by_role("heading", name="Overview").wait_for()
    mix = page.locator('[data-testid="stPlotlyChart"]').filter(has_text="Theme mix")
    mix.locator("g.ytick text").filter(has_text=THEME).wait_for()
    # Click once the script has finished (a rerun redraws the chart, and a click on the old one is lost).
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden")
    # One bar per theme, drawn in the order of the axis labels. Plotly's drag layer lies over the bars and finds
    # the bar under the pointer, so the mouse clicks where the bar is, as a user's would.
    labels = mix.locator("g.ytick text").all_text_contents()
    bar = mix.locator("g.point path").nth(labels.index(THEME))
    bar.wait_for()
    box = bar.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)

    themes = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(has_text="Themes")
    themes.get_by_text(THEME, exact=True).wait_for()
    page.wait_for_url(re.compile(rf"themes={THEME}"))
    # The headline count follows once the rerun under the filter has drawn it (waited for, not read at once).
    page.locator('[data-testid="stMetric"]').filter(has_text="Articles").get_by_text(
        f"{len(of_theme):,}", exact=True
    ).wait_for()
