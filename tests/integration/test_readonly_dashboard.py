"""A read-only dashboard (DASHBOARD_READONLY=1, the real app through AppTest) serves every page while a real
`python -m dashboard ingest` runs in another process on the same store, and the ingest is never kept out."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from streamlit.testing.v1 import AppTest

from dashboard import schema
from dashboard.store import Store
from tests.app.conftest import APP, PAGES
from tests.integration.support import article_line

#: Half of them fill the ingest's first spaCy batch (4 articles' worth of paragraphs at a batch of 4), so the
#: ingest stores some before it needs the other half.
ARTICLES = 40
PAGES_SHOWN = [page for page in PAGES if page not in ("pages/overview.py", "pages/add_articles.py")]


def _articles_shown(at: AppTest) -> int:
    """The Overview's article count, or 0 when it says the store holds none."""
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    if "No articles yet" in [s.value for s in at.subheader]:
        return 0
    return int({m.label: m.value for m in at.metric}["Articles"].replace(",", ""))


def _every_page(at: AppTest) -> None:
    for page in PAGES_SHOWN:
        at.switch_page(page).run()
        assert not at.exception, (page, [e.value for e in at.exception])
        assert not at.error, (page, [e.value for e in at.error])
        assert at.title[0].value == PAGES[page]
    at.switch_page("pages/overview.py").run()


def test_the_readonly_dashboard_serves_every_page_while_an_ingest_runs(tmp_path, monkeypatch):
    path = tmp_path / "shared.duckdb"
    monkeypatch.setenv("DASHBOARD_STORE", str(path))
    monkeypatch.setenv("DASHBOARD_READONLY", "1")
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert _articles_shown(at) == 0 and not path.exists()

    env = {**os.environ, "DASHBOARD_BATCH_ARTICLES": "4"}
    lines = [article_line(n).encode() for n in range(ARTICLES)]
    process = subprocess.Popen(
        [sys.executable, "-m", "dashboard", "ingest", "-"],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        # The ingest gets half the articles and waits on its input for the rest until the dashboard has shown some
        # of them: the pages are sure to be served while it is at work, whatever the speed of the machine.
        process.stdin.write(b"".join(lines[: ARTICLES // 2]))
        process.stdin.flush()
        shown, runs = [0], 0
        while shown[-1] == 0:
            assert process.poll() is None, process.stderr.read().decode()
            at.run()
            runs += 1
            shown.append(_articles_shown(at))
            if runs % 4 == 0:
                _every_page(at)
            time.sleep(0.05)  # a viewer's pace; the loop ends on what the page shows, not on time
        assert 0 < shown[-1] <= ARTICLES // 2
        _every_page(at)
        process.stdin.write(b"".join(lines[ARTICLES // 2 :]))
        process.stdin.close()
        while process.poll() is None:
            at.run()
            shown.append(_articles_shown(at))
            time.sleep(0.05)
        err = process.stderr.read()  # it has ended, and says little
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err.decode()
    assert f"stored {ARTICLES}, renamed 0, unchanged 0, failed 0" in err.decode()
    assert shown == sorted(shown), f"the article count went down: {shown}"
    at.run()
    final, stored = _articles_shown(at), Store(path).counts()[schema.ARTICLES]
    toasts = [t.value for t in at.toast]  # "Showing the data read last" would say the store was busy
    assert final == ARTICLES == stored, f"shown {final} of {stored} stored; counts shown {shown}; toasts {toasts}"
