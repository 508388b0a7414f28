"""Unreadable input: every kind gives a ReadFailure naming the file and the reason, and the run goes on."""

from __future__ import annotations

import io
import json
import os
import random
import struct
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from dashboard.config import Settings
from dashboard.sources import SUPPORTED, Article, ReadFailure, read_bytes, read_paths

GOOD = (
    "Port Deal Signed\n\nThe harbour board of Eastmere approved a new customs agreement on Monday, after two "
    "years of talks with the neighbouring port of Lindvale.\n"
)


def split(results: list) -> tuple[list[Article], list[ReadFailure]]:
    articles = [r for r in results if isinstance(r, Article)]
    failures = [r for r in results if isinstance(r, ReadFailure)]
    assert len(articles) + len(failures) == len(results)
    return articles, failures


def failure_of(path: Path, settings: Settings | None = None) -> ReadFailure:
    articles, failures = split(list(read_paths([path], settings=settings)))
    assert not articles and len(failures) == 1, failures
    return failures[0]


@pytest.mark.parametrize(("content", "reason"), [(b"", "file is empty"), (b" \n\t\r\n  \n", "blank")])
def test_empty_and_blank_files_fail_and_the_next_file_still_reads(tmp_path, content, reason):
    (tmp_path / "a.txt").write_bytes(content)
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    articles, failures = split(list(read_paths([tmp_path])))
    assert [a.title for a in articles] == ["Port Deal Signed"]
    assert [f.source for f in failures] == [str(tmp_path / "a.txt")]
    assert reason in failures[0].reason


def test_a_title_without_body_or_an_id_line_alone_fails(tmp_path):
    (tmp_path / "a.txt").write_text("Port Deal Signed\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("news-20012025-081500\n\n", encoding="utf-8")
    assert "no body paragraphs" in failure_of(tmp_path / "a.txt").reason
    assert "no text besides its id line" in failure_of(tmp_path / "b.txt").reason


def test_binary_data_is_refused(tmp_path):
    rng = random.Random(1)
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(2000))
    (tmp_path / "image.txt").write_bytes(png)
    noise = bytes(rng.randrange(1, 256) for _ in range(3000))  # no NUL byte at all
    (tmp_path / "noise.md").write_bytes(noise)
    for name in ("image.txt", "noise.md"):
        failure = failure_of(tmp_path / name)
        assert failure.source == str(tmp_path / name) and "binary" in failure.reason


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(GOOD + "The fees went up again this month. " * 40_000, encoding="utf-8")
    failure = failure_of(path, replace(Settings(), max_file_bytes=1024 * 1024))
    assert "over the 1 MB limit" in failure.reason
    (article,) = read_paths([path], settings=Settings())
    assert isinstance(article, Article)


def test_the_size_limit_is_a_setting_from_the_environment(monkeypatch):
    monkeypatch.setenv("DASHBOARD_MAX_FILE_MB", "3")
    settings = Settings.from_env()
    assert settings.max_file_bytes == 3 * 1024 * 1024
    (failure,) = read_bytes("upload.txt", b"x" * (settings.max_file_bytes + 1), settings=settings)
    assert failure.source == "upload.txt" and "3 MB limit" in failure.reason
    monkeypatch.delenv("DASHBOARD_MAX_FILE_MB")
    assert Settings.from_env().max_file_bytes == 20 * 1024 * 1024
    for bad in ("0", "-5", "lots"):
        monkeypatch.setenv("DASHBOARD_MAX_FILE_MB", bad)
        with pytest.raises(SystemExit, match="DASHBOARD_MAX_FILE_MB"):
            Settings.from_env()


TEXT = (
    "Café Owners in Lindvale Protest\n\nThe owners of the café \u201cLe Quai\u201d said that new fees of "
    "20 \u20ac a day would force them to close before the summer season, according to their lawyer.\n"
)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-16-be", "utf-8-sig"])
def test_other_encodings_are_decoded_not_refused(tmp_path, encoding):
    data = TEXT.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # with its byte order mark
    (tmp_path / "a.txt").write_bytes(data)
    (article,) = read_paths([tmp_path / "a.txt"])
    assert article.title == "Café Owners in Lindvale Protest"
    assert "\u201cLe Quai\u201d" in article.paragraphs[0].text and "20 \u20ac" in article.paragraphs[0].text


def test_latin1_and_utf16_without_bom_are_decoded(tmp_path):
    (tmp_path / "a.txt").write_bytes(
        TEXT.replace("\u201c", '"').replace("\u201d", '"').replace("\u20ac", "EUR").encode("latin-1")
    )
    (tmp_path / "b.txt").write_bytes(TEXT.encode("utf-16-le"))
    for article in read_paths([tmp_path / "a.txt", tmp_path / "b.txt"]):
        assert isinstance(article, Article) and article.title == "Café Owners in Lindvale Protest"


def test_malformed_json_names_line_and_column(tmp_path):
    (tmp_path / "a.json").write_text(
        '{\n  "title": "Port Deal Signed",\n  "text": "Talks went on" oops\n}\n', encoding="utf-8"
    )
    failure = failure_of(tmp_path / "a.json")
    assert failure.source == str(tmp_path / "a.json")
    assert "malformed JSON at line 3, column" in failure.reason


def test_json_records_without_text_are_reported_and_the_others_load(tmp_path):
    good = {"title": "Port Deal Signed", "text": GOOD}
    (tmp_path / "a.json").write_text(json.dumps([good, {"title": "No body"}, "just a string", good]), encoding="utf-8")
    articles, failures = split(list(read_paths([tmp_path / "a.json"])))
    assert len(articles) == 2
    assert [f.source for f in failures] == [f"{tmp_path / 'a.json'} (record {n})" for n in (2, 3)]
    assert "no 'text' or 'body'" in failures[0].reason and "not an object" in failures[1].reason


def test_deeply_nested_json_is_refused_with_a_message(tmp_path):
    (tmp_path / "a.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert "nested too deeply" in failure_of(tmp_path / "a.json").reason


def test_malformed_jsonl_lines_are_reported_and_good_records_still_load(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": GOOD}),
        '{"id": "a2", "text": "cut off',
        "",
        "[1, 2]",
        json.dumps({"id": "a3", "text": GOOD.replace("Port", "Dock")}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    articles, failures = split(list(read_paths([tmp_path / "feed.jsonl"])))
    assert [a.article_id for a in articles] == ["a1", "a3"]
    assert [f.source for f in failures] == [f"{tmp_path / 'feed.jsonl'} (line {n})" for n in (2, 4)]
    assert "malformed JSON" in failures[0].reason


def test_csv_without_a_text_column_names_the_columns(tmp_path):
    (tmp_path / "a.csv").write_text("id,title,summary\n1,Port Deal Signed,Talks ended\n", encoding="utf-8")
    failure = failure_of(tmp_path / "a.csv")
    assert "no 'text' or 'body' column" in failure.reason and "summary" in failure.reason


def test_csv_rows_with_missing_or_empty_cells_are_reported_and_others_load(tmp_path):
    body = GOOD.replace("\n", " ")
    rows = [
        "id,title,text,date",
        f'r1,Port Deal Signed,"{body}\n\nA second paragraph follows here.",2025-01-02',
        "r2,Only Three Cells,2025-01-03",
        "r3,Empty Text,,2025-01-04",
        f'r4,Dock Deal,"{body}",2025-01-05',
    ]
    (tmp_path / "a.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    articles, failures = split(list(read_paths([tmp_path / "a.csv"])))
    assert [a.article_id for a in articles] == ["r1", "r4"]
    assert len(articles[0].paragraphs) == 2
    assert [f.source for f in failures] == [f"{tmp_path / 'a.csv'} (record {n})" for n in (2, 3)]
    assert "3 cells for 4 columns" in failures[0].reason


def test_csv_cells_longer_than_the_csv_module_default_are_read(tmp_path):
    body = "The harbour board met again to discuss the fees. " * 4000  # ~200 000 characters, one cell
    (tmp_path / "a.csv").write_text(f'title,text\nLong Meeting,"{body}"\n', encoding="utf-8")
    (article,) = read_paths([tmp_path / "a.csv"])
    assert isinstance(article, Article) and article.n_words > 30_000


def test_html_script_content_never_reaches_the_text():
    html = (
        "<html><head><title>Port Deal Signed</title><script>alert('SCRIPT-A')</script></head><body><article>"
        f"<p>{GOOD.splitlines()[2]}</p><script>var x = 'SCRIPT-B';</script><noscript>SCRIPT-C</noscript>"
        f'<p onclick="SCRIPT-D">Officials said that the fees would fall by a tenth for small ships.</p>'
        "</article></body></html>"
    )
    (article,) = read_bytes("page.html", html.encode())
    assert isinstance(article, Article)
    assert "SCRIPT" not in article.title + " ".join(p.text for p in article.paragraphs)
    assert article.paragraphs[-1].text == "Officials said that the fees would fall by a tenth for small ships."


def test_html_without_article_text_fails(tmp_path):
    (tmp_path / "a.html").write_text(
        "<html><head><script>var a = 1;</script></head><body></body></html>", encoding="utf-8"
    )
    assert "no article text" in failure_of(tmp_path / "a.html").reason


def test_zip_with_unsafe_names_reports_them_writes_nothing_and_reads_the_rest(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    archive = work / "batch.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../escape.txt", GOOD)
        zf.writestr("/abs/escape.txt", GOOD)
        zf.writestr("..\\win\\escape.txt", GOOD)
        zf.writestr("ok/good.txt", GOOD)
    before = sorted(tmp_path.rglob("*"))
    cwd_before = sorted(os.listdir())
    articles, failures = split(list(read_paths([archive])))
    assert [a.source_file for a in articles] == [f"{archive}!ok/good.txt"]
    assert sorted(f.source for f in failures) == sorted(
        f"{archive}!{n}" for n in ("../escape.txt", "/abs/escape.txt", "..\\win\\escape.txt")
    )
    assert all("unsafe name" in f.reason for f in failures)
    assert sorted(tmp_path.rglob("*")) == before and sorted(os.listdir()) == cwd_before


def test_zip_bomb_member_is_refused_by_ratio_and_size_and_the_rest_reads(tmp_path):
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a/bomb.txt", b"\0" * (8 * 1024 * 1024))  # 8 MB of zeros: ratio about 1000:1
        zf.writestr("b/huge.txt", b"\0" * (25 * 1024 * 1024))  # also over the 20 MB file limit
        zf.writestr("c/good.txt", GOOD)
    assert archive.stat().st_size < 200_000
    articles, failures = split(list(read_paths([archive], settings=Settings())))
    assert [a.source_file for a in articles] == [f"{archive}!c/good.txt"]
    reasons = {f.source: f.reason for f in failures}
    assert "compression ratio" in reasons[f"{archive}!a/bomb.txt"]
    assert "over the 20 MB limit" in reasons[f"{archive}!b/huge.txt"]


def test_zip_total_size_limit_stops_reading_the_archive(tmp_path):
    archive = tmp_path / "many.zip"
    text = GOOD + "\n" + "\n\n".join(f"Paragraph {i} says the fees went up again this month." for i in range(20000))
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for n in range(4):
            zf.writestr(f"part{n}.txt", text.replace("Port", f"Port {n}"))
    settings = replace(Settings(), max_archive_bytes=int(len(text) * 2.5))
    articles, failures = split(list(read_paths([archive], settings=settings)))
    assert len(articles) == 2
    assert len(failures) == 1 and failures[0].source == str(archive)
    assert "archive unpacks to more than" in failures[0].reason and "part2.txt" in failures[0].reason


def test_zip_member_that_lies_about_its_size_is_not_inflated_past_it(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("liar.txt", GOOD + "The fees went up again. " * 200_000)  # about 5 MB of text
    data = bytearray(buffer.getvalue())
    central = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, 4096)  # the central directory now claims 4 kB unpacked
    local = data.find(b"PK\x03\x04")
    struct.pack_into("<I", data, local + 22, 4096)
    (failure,) = read_bytes("liar.zip", bytes(data))
    assert isinstance(failure, ReadFailure) and failure.source == "liar.zip!liar.txt"
    assert "cannot be unpacked" in failure.reason


def test_nested_and_broken_archives_are_reported(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("a.txt", GOOD)
    with zipfile.ZipFile(tmp_path / "outer.zip", "w") as zf:
        zf.writestr("inner.zip", inner.getvalue())
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 this is not really a zip archive")
    nested = failure_of(tmp_path / "outer.zip")
    assert nested.source == f"{tmp_path / 'outer.zip'}!inner.zip" and "archive inside an archive" in nested.reason
    assert "not a readable zip archive" in failure_of(tmp_path / "broken.zip").reason


def test_unsupported_extension_and_missing_path(tmp_path):
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7 not really")
    assert "unsupported file type '.pdf'" in failure_of(tmp_path / "report.pdf").reason
    missing = failure_of(tmp_path / "nowhere" / "a.txt")
    assert missing.source == str(tmp_path / "nowhere" / "a.txt") and "no such file or folder" in missing.reason


def test_garbage_in_every_format_gives_failures_never_exceptions():
    rng = random.Random(7)
    samples = [
        b"\x00\x01\x02",
        b"{",
        b'[1, {"text": 5}]',
        b'{"text": "\\ud800"}',
        b"\xff" * 50,
        b"<html>",
        b'a,b\n"unclosed',
        b"text\n" + b'"' * 100,
        b"PK\x05\x06" + b"\x00" * 18,
        b"# \n\n**\n\n[]()",
        bytes(rng.randrange(256) for _ in range(5000)),
    ]
    for suffix in sorted(SUPPORTED):
        for data in samples:
            for result in read_bytes(f"junk{suffix}", data):
                assert isinstance(result, ReadFailure | Article)
                if isinstance(result, ReadFailure):
                    assert result.source.startswith(f"junk{suffix}") and result.reason


def test_utf8_with_stray_cp1252_bytes_decodes_both(tmp_path):
    utf8 = "Caf\u00e9 Owners Protest\n\nThe owners said \u201cno\u201d to the fees, ".encode()
    data = utf8 + b"caf\xe9 by caf\xe9.\n"  # two cp1252 bytes in a UTF-8 file
    (tmp_path / "a.txt").write_bytes(data)
    (article,) = read_paths([tmp_path / "a.txt"])
    assert article.title == "Caf\u00e9 Owners Protest"
    assert article.paragraphs[0].text == "The owners said \u201cno\u201d to the fees, caf\u00e9 by caf\u00e9."


def test_a_web_page_over_its_own_smaller_limit_is_refused(tmp_path):
    settings = Settings()
    assert settings.max_html_bytes < settings.max_file_bytes
    page = "<html><body><article>" + "<p>The fees went up again this month.</p>" * 140_000 + "</article></body></html>"
    (tmp_path / "huge.html").write_text(page, encoding="utf-8")
    failure = failure_of(tmp_path / "huge.html", settings)
    assert "web page is" in failure.reason and "over the 5 MB limit" in failure.reason
