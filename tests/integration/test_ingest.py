"""`python -m dashboard ingest` on a messy folder: a summary of what was stored, renamed, unchanged and failed,
and a non-zero exit status when a file failed, with nothing lost."""

from __future__ import annotations

from dashboard import schema
from dashboard.cli import main
from dashboard.store import Store
from tests.integration.support import article_text, write_articles


def test_ingest_reports_each_outcome_and_fails_when_a_file_failed(tmp_path, monkeypatch, capsys):
    store = Store(tmp_path / "store.duckdb")
    monkeypatch.setenv("DASHBOARD_STORE", str(store.path))
    folder = tmp_path / "archive"
    first, _ = write_articles(folder, range(2))
    (folder / "copy of first.txt").write_bytes(first.read_bytes())
    other_id, other_text = article_text(7)
    (folder / "same id, other text.txt").write_text(other_text.replace(other_id, first.stem), encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 not text \xff\xfe\x00" * 50)

    assert main(["ingest", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "stored 2, renamed 1, unchanged 1, failed 1" in err
    assert "broken.txt" in err
    assert f"same id, other text.txt: its id is taken by a different text; stored as {first.stem}~" in err
    counts = store.counts()
    assert counts[schema.ARTICLES] == 3

    assert main(["ingest", str(folder)]) == 1
    assert "stored 0, renamed 0, unchanged 4, failed 1" in capsys.readouterr().err
    assert store.counts() == counts

    assert main(["info"]) == 0
    out = capsys.readouterr().out
    assert all(f"{table:18} {n:>10}" in out for table, n in counts.items())
