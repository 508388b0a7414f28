"""The Add articles page's handler: one uploaded file read, analysed and stored for real, one result per article
or failure, never an exception; what it stores is what the other pages read next."""

from __future__ import annotations

import io
import zipfile

from dashboard import schema
from dashboard.config import Settings
from dashboard.store import Store
from dashboard.store.reader import Reader
from dashboard.ui.upload import ingest_upload

GOOD = (
    "news-02022025-090000\n\nHarbour Talks Resume\n\nTrade ministers met in Tallinn on Monday to discuss "
    "port fees, officials said.\n\nThe talks would continue next week, the harbour authority said."
)


def _settings(tmp_path) -> Settings:
    return Settings(store_path=tmp_path / "upload.duckdb")


def test_a_good_file_is_stored_and_a_second_upload_changes_nothing(tmp_path, nlp, themes):
    settings = _settings(tmp_path)
    (first,) = ingest_upload("harbour.txt", GOOD.encode(), nlp=nlp, themes=themes, settings=settings)
    assert first["status"] == "stored" and first["article_id"] == "news-02022025-090000"
    assert first["title"] == "Harbour Talks Resume"
    version = Reader(settings.store_path).version()
    (again,) = ingest_upload("harbour.txt", GOOD.encode(), nlp=nlp, themes=themes, settings=settings)
    assert again["status"] == "unchanged" and again["message"] == "already stored"
    assert Reader(settings.store_path).version() == version
    assert Store(settings.store_path).counts()[schema.ARTICLES] == 1


def test_bad_files_get_one_clear_row_each_and_store_nothing(tmp_path, nlp, themes):
    settings = _settings(tmp_path)
    for name, content, reason in [
        ("empty.txt", b"   \n", "blank"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50, "binary"),
        ("table.xlsx", b"PK\x03\x04", "unsupported file type"),
        ("broken.json", b'{"title": "x", "text": ', "malformed JSON"),
    ]:
        rows = ingest_upload(name, content, nlp=nlp, themes=themes, settings=settings)
        assert [r["status"] for r in rows] == ["failed"], (name, rows)
        assert reason in rows[0]["message"] and rows[0]["file"] == name
    assert Store(settings.store_path).counts()[schema.ARTICLES] == 0


def test_a_zip_reports_each_member_and_keeps_the_good_ones(tmp_path, nlp, themes):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("good.txt", GOOD)
        archive.writestr("../escape.txt", GOOD.replace("Harbour", "Escaped"))
        archive.writestr("blank.txt", "")
    rows = ingest_upload("batch.zip", buffer.getvalue(), nlp=nlp, themes=themes, settings=_settings(tmp_path))
    statuses = sorted(r["status"] for r in rows)
    assert statuses == ["failed", "failed", "stored"]
    messages = " ".join(r["message"] for r in rows)
    assert "escape.txt" in messages and "unsafe" in messages and "blank.txt: file is empty" in messages


def test_a_readonly_dashboard_refuses_every_upload_and_never_opens_the_store(tmp_path, nlp, themes):
    settings = Settings(store_path=tmp_path / "upload.duckdb", readonly=True)
    (row,) = ingest_upload("harbour.txt", GOOD.encode(), nlp=nlp, themes=themes, settings=settings)
    assert (
        row["status"] == "failed" and "read-only" in row["message"] and "python -m dashboard ingest" in row["message"]
    )
    assert not list(tmp_path.iterdir()), "a refused upload created the store"
    writable = Settings(store_path=settings.store_path)
    assert (
        ingest_upload("harbour.txt", GOOD.encode(), nlp=nlp, themes=themes, settings=writable)[0]["status"] == "stored"
    )
    version = Reader(settings.store_path).version()
    (row,) = ingest_upload(
        "other.txt", GOOD.replace("Tallinn", "Riga").encode(), nlp=nlp, themes=themes, settings=settings
    )
    assert row["status"] == "failed" and Reader(settings.store_path).version() == version


QUOTED = (
    "news-03022025-090000\n\nPort Fees Under Review\n\nPort fees in the Baltic will rise by spring, Mara Quell, "
    "an analyst at Northwind Research, said on Monday."
)
PINNED = '[[speaker]]\nname = "Mara Quell"\nkind = "official"\naffiliation = "Harbour Council"\n'


def _quotes(settings: Settings):
    columns = ["speaker", "speaker_kind", "affiliation", "kind_from", "affiliation_from"]
    return Store(settings.store_path).table(schema.QUOTES)[columns]


def test_an_upload_pins_the_speakers_the_speakers_file_names(tmp_path, nlp, themes):
    speakers = tmp_path / "speakers.toml"
    speakers.write_text(PINNED)
    settings = Settings(store_path=tmp_path / "upload.duckdb", speakers_file=speakers, speakers_file_named=True)
    (row,) = ingest_upload("fees.txt", QUOTED.encode(), nlp=nlp, themes=themes, settings=settings)
    assert row["status"] == "stored", row
    quote = _quotes(settings).set_index("speaker").loc["Mara Quell"]
    assert (quote["speaker_kind"], quote["affiliation"]) == ("official", "Harbour Council")
    assert (quote["kind_from"], quote["affiliation_from"]) == ("file", "file")


def test_a_bad_speakers_file_refuses_the_upload_naming_the_line_and_stores_nothing(tmp_path, nlp, themes):
    speakers = tmp_path / "speakers.toml"
    speakers.write_text(PINNED.replace('"official"', '"wizard"'))
    settings = Settings(store_path=tmp_path / "upload.duckdb", speakers_file=speakers, speakers_file_named=True)
    (row,) = ingest_upload("fees.txt", QUOTED.encode(), nlp=nlp, themes=themes, settings=settings)
    assert row["status"] == "failed" and "line 3" in row["message"] and "nothing was stored" in row["message"]
    assert not settings.store_path.exists() or Store(settings.store_path).counts()[schema.ARTICLES] == 0
